package provider

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// addressAttrs maps Terraform attribute names to Colt's address fields.
var addressAttrs = []struct{ tf, api, desc string }{
	{"house_number", "houseNumber", "House number."},
	{"street_name", "streetName", "Street name, without its type where the country has `street_type`."},
	{"city", "city", "City."},
	{"postal_code", "postalCode", "Postal code."},
	{"street_type", "streetType", "Street type (`Rue`, `Via`, `Calle`): FR, IT, ES."},
	{"po_box_number", "poBoxNumber", "PO box: FR."},
	{"address_extension", "addressExtension", "Address extension: BE."},
	{"sub_locality", "subLocality", "Sub-locality: BE, IT."},
	{"province", "province", "Province: IT, ES."},
	{"district", "district", "District: PT."},
}

func tfName(api string) string {
	for _, a := range addressAttrs {
		if a.api == api {
			return a.tf
		}
	}
	return api
}

// addressRules checks an address's fields for its country: the required
// ones present, none the country does not use. values holds the configured
// (known, non-null) fields by API name; unknown ones are in pending.
func addressRules(country string, values map[string]string, pending map[string]bool, diags *diag.Diagnostics) {
	fields := colt.AddressFields[country]
	required := append(slices.Clone(colt.BaseAddressFields), fields.Required...)
	allowed := append(slices.Clone(colt.BaseAddressFields), fields.Extra...)
	for _, f := range required {
		if values[f] == "" && !pending[f] {
			diags.AddAttributeError(path.Root(tfName(f)), "Missing address field",
				fmt.Sprintf("Colt needs %s for addresses in %s.", tfName(f), country))
		}
	}
	for f := range values {
		if !slices.Contains(allowed, f) {
			diags.AddAttributeError(path.Root(tfName(f)), "Address field not used in "+country,
				fmt.Sprintf("%s is not an address field in %s; it takes %s.", tfName(f), country, tfNames(allowed)))
		}
	}
}

func tfNames(api []string) string {
	out := make([]string, len(api))
	for i, f := range api {
		out[i] = tfName(f)
	}
	return strings.Join(out, ", ")
}

// addressObjectTypes is the object type of a standardised address.
func addressObjectTypes() map[string]attr.Type {
	t := map[string]attr.Type{
		"address_id": types.StringType, "country": types.StringType, "formatted": types.StringType,
		"latitude": types.Float64Type, "longitude": types.Float64Type,
	}
	for _, a := range addressAttrs {
		t[a.tf] = types.StringType
	}
	return t
}

func addressObject(a *colt.Address, diags *diag.Diagnostics) types.Object {
	if a == nil {
		return types.ObjectNull(addressObjectTypes())
	}
	values := map[string]attr.Value{
		"address_id": optionalString(a.AddressID), "country": types.StringValue(a.Country),
		"formatted": types.StringValue(a.Formatted),
		"latitude":  types.Float64PointerValue(a.Latitude), "longitude": types.Float64PointerValue(a.Longitude),
	}
	for _, f := range addressAttrs {
		values[f.tf] = optionalString(a.Field(f.api))
	}
	obj, d := types.ObjectValue(addressObjectTypes(), values)
	diags.Append(d...)
	return obj
}
