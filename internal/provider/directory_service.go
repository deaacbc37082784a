package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// directoryServiceBlock is a number's directory entry (DSU), which Colt
// takes for Swedish and Spanish numbers on activation, port-in and update
// orders (Colt Voice API Guide v1.4; the fields are this provider's model).
type directoryServiceBlock struct {
	ListedName       types.String `tfsdk:"listed_name"`
	Street           types.String `tfsdk:"street"`
	HouseNumber      types.String `tfsdk:"house_number"`
	PostalCode       types.String `tfsdk:"postal_code"`
	City             types.String `tfsdk:"city"`
	BusinessCategory types.String `tfsdk:"business_category"`
}

var directoryServiceFields = []struct{ name, description string }{
	{"street", "Street of the listed address."},
	{"house_number", "House number of the listed address."},
	{"postal_code", "Postal code of the listed address."},
	{"city", "City of the listed address."},
	{"business_category", "Trade or category a business is listed under."},
}

const directoryServiceDescription = "Directory service (DSU) entry of the numbers, for Swedish (`SE`) and Spanish (`ES`) " +
	"numbers only: Colt takes directory service data there on activation, port-in and update orders. The fields are " +
	"this provider's model of Colt's."

// directoryServiceAttribute is the optional nested attribute of a resource.
func directoryServiceAttribute(description string) schema.SingleNestedAttribute {
	attrs := map[string]schema.Attribute{
		"listed_name": schema.StringAttribute{MarkdownDescription: "The name the directory lists.", Required: true},
	}
	for _, f := range directoryServiceFields {
		attrs[f.name] = schema.StringAttribute{MarkdownDescription: f.description, Optional: true}
	}
	return schema.SingleNestedAttribute{MarkdownDescription: description, Optional: true, Attributes: attrs}
}

// directoryServiceComputed is the read-only nested attribute of a data source.
func directoryServiceComputed() dsschema.SingleNestedAttribute {
	attrs := map[string]dsschema.Attribute{
		"listed_name": dsschema.StringAttribute{MarkdownDescription: "The name the directory lists.", Computed: true},
	}
	for _, f := range directoryServiceFields {
		attrs[f.name] = dsschema.StringAttribute{MarkdownDescription: f.description, Computed: true}
	}
	return dsschema.SingleNestedAttribute{MarkdownDescription: "Directory service (DSU) entry, SE and ES numbers only.",
		Computed: true, Attributes: attrs}
}

var directoryServiceAttrTypes = map[string]attr.Type{
	"listed_name": types.StringType, "street": types.StringType, "house_number": types.StringType,
	"postal_code": types.StringType, "city": types.StringType, "business_category": types.StringType,
}

func (b *directoryServiceBlock) wire() *colt.DirectoryService {
	if b == nil {
		return nil
	}
	return &colt.DirectoryService{
		ListedName: b.ListedName.ValueString(), Street: b.Street.ValueString(), HouseNumber: b.HouseNumber.ValueString(),
		PostalCode: b.PostalCode.ValueString(), City: b.City.ValueString(), BusinessCategory: b.BusinessCategory.ValueString(),
	}
}

func directoryServiceFrom(d *colt.DirectoryService) *directoryServiceBlock {
	if d == nil {
		return nil
	}
	return &directoryServiceBlock{
		ListedName: types.StringValue(d.ListedName), Street: optionalString(d.Street), HouseNumber: optionalString(d.HouseNumber),
		PostalCode: optionalString(d.PostalCode), City: optionalString(d.City), BusinessCategory: optionalString(d.BusinessCategory),
	}
}

// directoryServiceObject is the data sources' form of an entry.
func directoryServiceObject(d *colt.DirectoryService, diags *diag.Diagnostics) types.Object {
	b := directoryServiceFrom(d)
	if b == nil {
		return types.ObjectNull(directoryServiceAttrTypes)
	}
	obj, objDiags := types.ObjectValue(directoryServiceAttrTypes, map[string]attr.Value{
		"listed_name": b.ListedName, "street": b.Street, "house_number": b.HouseNumber,
		"postal_code": b.PostalCode, "city": b.City, "business_category": b.BusinessCategory,
	})
	diags.Append(objDiags...)
	return obj
}

// validateDirectoryService refuses an entry for numbers outside SE and ES.
func validateDirectoryService(country string, b *directoryServiceBlock, at path.Path, diags *diag.Diagnostics) {
	if b != nil && !colt.DirectoryServiceCountries[country] {
		diags.AddAttributeError(at, "Directory service outside Sweden and Spain",
			at.String()+" is for Swedish (SE) and Spanish (ES) numbers only; these are "+country+" numbers.")
	}
}

// sameDirectoryService compares two entries as Colt would receive them.
func sameDirectoryService(a, b *directoryServiceBlock) bool {
	x, y := a.wire(), b.wire()
	if x == nil || y == nil {
		return x == y
	}
	return *x == *y
}

// portInDirectoryService is colt_port_in's entry, sent with the port-in.
func portInDirectoryService() schema.SingleNestedAttribute {
	return directoryServiceAttribute(directoryServiceDescription + " Sent with the port-in order; it cannot be changed afterwards.")
}

// refuseDirectoryServiceChange fails a plan that changes a directory entry
// where no order would carry the change, so that it never silently stays
// in the state only. why says when an order carries it.
func refuseDirectoryServiceChange(before, after *directoryServiceBlock, at path.Path, why string, diags *diag.Diagnostics) {
	if sameDirectoryService(before, after) {
		return
	}
	diags.AddAttributeError(at, "Directory entry change would not reach Colt",
		at.String()+" changed, but "+why+" Nothing would be ordered, so the change is refused rather than kept in the state only.")
}
