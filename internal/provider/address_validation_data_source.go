package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var (
	_ datasource.DataSourceWithConfigure      = (*addressValidationDataSource)(nil)
	_ datasource.DataSourceWithValidateConfig = (*addressValidationDataSource)(nil)
)

func newAddressValidationDataSource() datasource.DataSource { return &addressValidationDataSource{} }

// addressValidationDataSource has Colt check and standardise an address,
// typically an emergency address for colt_number's activation.
type addressValidationDataSource struct {
	data *providerData
}

var fieldErrorTypes = map[string]attr.Type{"field": types.StringType, "message": types.StringType}

func (d *addressValidationDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_address_validation"
}

func (d *addressValidationDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs := map[string]schema.Attribute{
		"country": schema.StringAttribute{
			MarkdownDescription: "ISO 3166 alpha-2 country of the address. It decides which fields are required and allowed: " +
				"everywhere `house_number`, `street_name`, `city`, `postal_code`; FR adds `street_type` (required) and " +
				"`po_box_number`; BE `address_extension` and `sub_locality`; IT `street_type`, `sub_locality` and `province` " +
				"(required); PT `district` (required); ES `street_type` and `province` (both required).",
			Required:   true,
			Validators: []validator.String{stringvalidator.OneOf(supportedCountries()...)},
		},
		"result": schema.StringAttribute{
			MarkdownDescription: "`Valid`, `Suggestions` (partly correct: see `suggestions` and `field_errors`) or `Invalid`.",
			Computed:            true,
		},
		"valid":      schema.BoolAttribute{MarkdownDescription: "Whether Colt accepted the address.", Computed: true},
		"address_id": schema.StringAttribute{MarkdownDescription: "Id of the standardised address, for `colt_number` activations; null unless valid.", Computed: true},
		"address": computedObject("The standardised address, with `latitude`/`longitude` in Germany; null unless valid.",
			addressObjectTypes(), addressFieldDocs()),
		"suggestions": computedObjectList("Addresses Colt suggests for a partly correct one.",
			addressObjectTypes(), addressFieldDocs()),
		"field_errors": computedObjectList("Colt's remarks on individual fields.", fieldErrorTypes, fieldErrorDocs),
	}
	for _, a := range addressAttrs {
		attrs[a.tf] = schema.StringAttribute{MarkdownDescription: a.desc, Optional: true}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Validates and standardises an address with Colt's Voice Address Management. " +
			"Country-specific fields are checked at plan time.",
		Attributes: attrs,
	}
}

// addressInput reads the configured address fields: known values by API
// name, and the names of those not known yet.
func addressInput(ctx context.Context, cfg interface {
	GetAttribute(context.Context, path.Path, any) diag.Diagnostics
}, diags *diag.Diagnostics) (values map[string]string, pending map[string]bool) {
	values, pending = map[string]string{}, map[string]bool{}
	for _, a := range addressAttrs {
		var v types.String
		diags.Append(cfg.GetAttribute(ctx, path.Root(a.tf), &v)...)
		switch {
		case v.IsUnknown():
			pending[a.api] = true
		case !v.IsNull():
			values[a.api] = v.ValueString()
		}
	}
	return values, pending
}

func (d *addressValidationDataSource) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	var country types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("country"), &country)...)
	if country.IsNull() || country.IsUnknown() {
		return
	}
	values, pending := addressInput(ctx, req.Config, &resp.Diagnostics)
	addressRules(country.ValueString(), values, pending, &resp.Diagnostics)
}

func (d *addressValidationDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *addressValidationDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var country types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("country"), &country)...)
	values, _ := addressInput(ctx, req.Config, &resp.Diagnostics)
	d.data.checkCountry(country, path.Root("country"), &resp.Diagnostics)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	in := colt.Address{
		Country: country.ValueString(), HouseNumber: values["houseNumber"], StreetName: values["streetName"],
		City: values["city"], PostalCode: values["postalCode"], StreetType: values["streetType"],
		PoBoxNumber: values["poBoxNumber"], AddressExtension: values["addressExtension"],
		SubLocality: values["subLocality"], Province: values["province"], District: values["district"],
	}
	// Not through SharedReads: a validation is a POST, and nothing Colt
	// publishes says an identical body gets the same address_id twice.
	out, err := client.ValidateAddress(ctx, in)
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot validate the address with Colt", err)
		return
	}
	suggestions := make([]attr.Value, len(out.Suggestions))
	for i := range out.Suggestions {
		suggestions[i] = addressObject(&out.Suggestions[i], &resp.Diagnostics)
	}
	fieldErrors := make([]attr.Value, len(out.FieldErrors))
	for i, fe := range out.FieldErrors {
		obj, diags := types.ObjectValue(fieldErrorTypes, map[string]attr.Value{
			"field": types.StringValue(tfName(fe.Field)), "message": types.StringValue(fe.Message),
		})
		resp.Diagnostics.Append(diags...)
		fieldErrors[i] = obj
	}
	set := func(name string, v any) { resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(name), v)...) }
	resp.State.Raw = req.Config.Raw.Copy()
	set("result", out.Result)
	set("valid", out.Result == colt.AddressValid)
	set("address_id", types.StringNull())
	if out.Address != nil {
		set("address_id", optionalString(out.Address.AddressID))
	}
	set("address", addressObject(out.Address, &resp.Diagnostics))
	list, diags := types.ListValue(types.ObjectType{AttrTypes: addressObjectTypes()}, suggestions)
	resp.Diagnostics.Append(diags...)
	set("suggestions", list)
	list, diags = types.ListValue(types.ObjectType{AttrTypes: fieldErrorTypes}, fieldErrors)
	resp.Diagnostics.Append(diags...)
	set("field_errors", list)
}
