package provider

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var (
	_ datasource.DataSourceWithConfigure      = (*vatValidationDataSource)(nil)
	_ datasource.DataSourceWithValidateConfig = (*vatValidationDataSource)(nil)
)

func newVATValidationDataSource() datasource.DataSource { return &vatValidationDataSource{} }

// vatValidationDataSource checks an end customer's VAT or registration number.
type vatValidationDataSource struct {
	data *providerData
}

type vatValidationModel struct {
	CountryCode       types.String `tfsdk:"country_code"`
	VATNumber         types.String `tfsdk:"vat_number"`
	CompanyName       types.String `tfsdk:"company_name"`
	Valid             types.Bool   `tfsdk:"valid"`
	Usable            types.Bool   `tfsdk:"usable"`
	RegisteredName    types.String `tfsdk:"registered_name"`
	RegisteredAddress types.String `tfsdk:"registered_address"`
	NameMatches       types.Bool   `tfsdk:"name_matches"`
	CheckedAt         types.String `tfsdk:"checked_at"`
}

func (d *vatValidationDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_vat_validation"
}

func (d *vatValidationDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks an end customer's VAT or company registration number with Colt (which asks the EU's " +
			"VIES). Colt requires the check for activations and port-ins in PT and FI, and in ES also the exact registered name.",
		Attributes: map[string]schema.Attribute{
			"country_code": schema.StringAttribute{
				MarkdownDescription: "ISO 3166 alpha-2 country of registration.", Required: true,
				Validators: []validator.String{stringvalidator.OneOf(supportedCountries()...)},
			},
			"vat_number": schema.StringAttribute{
				MarkdownDescription: "The VAT or registration number, without the country prefix.", Required: true,
				Validators: []validator.String{stringvalidator.LengthBetween(2, 20)},
			},
			"company_name": schema.StringAttribute{
				MarkdownDescription: "The end customer's name, compared with the registered one; required for ES.", Optional: true,
			},
			"valid":              schema.BoolAttribute{MarkdownDescription: "Whether the number is registered.", Computed: true},
			"usable":             schema.BoolAttribute{MarkdownDescription: "Whether Colt will accept it for an activation or port-in: valid, and in ES with a matching name.", Computed: true},
			"registered_name":    schema.StringAttribute{MarkdownDescription: "The registered name, when valid.", Computed: true},
			"registered_address": schema.StringAttribute{MarkdownDescription: "The registered address, when valid.", Computed: true},
			"name_matches":       schema.BoolAttribute{MarkdownDescription: "Whether `company_name` matches the registered name; null without `company_name`.", Computed: true},
			"checked_at":         schema.StringAttribute{MarkdownDescription: "When Colt checked (RFC 3339).", Computed: true},
		},
	}
}

func (d *vatValidationDataSource) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	var m vatValidationModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if !m.CountryCode.IsUnknown() && colt.NameRequired[m.CountryCode.ValueString()] && m.CompanyName.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("company_name"), "Company name required",
			"Spain checks the registered name together with the number: set company_name.")
	}
}

func (d *vatValidationDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *vatValidationDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m vatValidationModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	d.data.checkCountry(m.CountryCode, path.Root("country_code"), &resp.Diagnostics)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := client.SharedReads().CheckVAT(ctx, m.CountryCode.ValueString(), m.VATNumber.ValueString(), m.CompanyName.ValueString())
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot check the VAT number with Colt", err)
		return
	}
	m.Valid = types.BoolValue(out.Valid)
	m.Usable = types.BoolValue(out.Usable())
	m.RegisteredName = optionalString(out.RegisteredName)
	m.RegisteredAddress = optionalString(out.RegisteredAddress)
	m.NameMatches = types.BoolPointerValue(out.NameMatches)
	m.CheckedAt = types.StringValue(out.CheckedAt.UTC().Format(time.RFC3339))
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
