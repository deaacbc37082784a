package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/float64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var (
	_ datasource.DataSourceWithConfigure      = (*localAreaCodeDataSource)(nil)
	_ datasource.DataSourceWithValidateConfig = (*localAreaCodeDataSource)(nil)
)

func newLocalAreaCodeDataSource() datasource.DataSource { return &localAreaCodeDataSource{} }

// localAreaCodeDataSource finds the local area code of a location, e.g. to
// reserve numbers local to an end customer's site.
type localAreaCodeDataSource struct {
	data *providerData
}

type localAreaCodeModel struct {
	Country       types.String  `tfsdk:"country"`
	Latitude      types.Float64 `tfsdk:"latitude"`
	Longitude     types.Float64 `tfsdk:"longitude"`
	PostalCode    types.String  `tfsdk:"postal_code"`
	City          types.String  `tfsdk:"city"`
	LocalAreaCode types.String  `tfsdk:"local_area_code"`
	ValidLACs     types.List    `tfsdk:"valid_lacs"`
}

func (d *localAreaCodeDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_local_area_code"
}

func (d *localAreaCodeDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Finds the local area code (LAC) for a location: in Germany by coordinates (for example " +
			"from `colt_address_validation`), elsewhere by postal code or city.",
		Attributes: map[string]schema.Attribute{
			"country": schema.StringAttribute{
				MarkdownDescription: "ISO 3166 alpha-2 country.", Required: true,
				Validators: []validator.String{stringvalidator.OneOf(supportedCountries()...)},
			},
			"latitude": schema.Float64Attribute{
				MarkdownDescription: "Latitude; required with `longitude` in Germany.", Optional: true,
				Validators: []validator.Float64{float64validator.Between(-90, 90), float64validator.AlsoRequires(path.MatchRoot("longitude"))},
			},
			"longitude": schema.Float64Attribute{
				MarkdownDescription: "Longitude.", Optional: true,
				Validators: []validator.Float64{float64validator.Between(-180, 180), float64validator.AlsoRequires(path.MatchRoot("latitude"))},
			},
			"postal_code":     schema.StringAttribute{MarkdownDescription: "Postal code (outside Germany).", Optional: true},
			"city":            schema.StringAttribute{MarkdownDescription: "City (outside Germany).", Optional: true},
			"local_area_code": schema.StringAttribute{MarkdownDescription: "The local area code, usable as `colt_number.area_code`.", Computed: true},
			"valid_lacs": schema.ListAttribute{
				MarkdownDescription: "Every local area code valid for the location.", ElementType: types.StringType, Computed: true,
			},
		},
	}
}

func (d *localAreaCodeDataSource) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	var m localAreaCodeModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.Country.IsUnknown() || m.Country.IsNull() {
		return
	}
	if m.Country.ValueString() == "DE" {
		if m.Latitude.IsNull() {
			resp.Diagnostics.AddAttributeError(path.Root("latitude"), "Coordinates required",
				"Colt finds German local area codes by coordinates: set latitude and longitude "+
					"(colt_address_validation returns them for German addresses).")
		}
		return
	}
	if m.PostalCode.IsNull() && m.City.IsNull() && m.Latitude.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("postal_code"), "Location required",
			"Set postal_code or city (or latitude and longitude).")
	}
}

func (d *localAreaCodeDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *localAreaCodeDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m localAreaCodeModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	d.data.checkCountry(m.Country, path.Root("country"), &resp.Diagnostics)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := client.SharedReads().LocalAreaCode(ctx, colt.LACQuery{
		Country: m.Country.ValueString(), Latitude: m.Latitude.ValueFloat64Pointer(), Longitude: m.Longitude.ValueFloat64Pointer(),
		PostalCode: m.PostalCode.ValueString(), City: m.City.ValueString(),
	})
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot find the local area code with Colt", err)
		return
	}
	m.LocalAreaCode = types.StringValue(out.LocalAreaCode)
	m.ValidLACs = stringList(ctx, out.ValidLAC, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
