package provider

import (
	"context"
	"regexp"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ datasource.DataSourceWithConfigure = (*freeNumbersDataSource)(nil)

func newFreeNumbersDataSource() datasource.DataSource { return &freeNumbersDataSource{} }

type freeNumbersDataSource struct {
	data *providerData
}

type freeNumbersModel struct {
	CountryCode types.String `tfsdk:"country_code"`
	AreaCode    types.String `tfsdk:"area_code"`
	Quantity    types.Int64  `tfsdk:"quantity"`
	NumberType  types.String `tfsdk:"number_type"`
	Numbers     types.List   `tfsdk:"numbers"`
}

func (d *freeNumbersDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_free_numbers"
}

func supportedCountries() []string {
	codes := make([]string, 0, len(colt.Countries))
	for code := range colt.Countries {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	return codes
}

func (d *freeNumbersDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Searches Colt's pool of free Wholesale SIP numbers in a country and area.",
		Attributes: map[string]schema.Attribute{
			"country_code": schema.StringAttribute{
				MarkdownDescription: "ISO 3166 alpha-2 country code (`GB`, not `UK`) of a country Colt serves.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.OneOf(supportedCountries()...)},
			},
			"area_code": schema.StringAttribute{
				MarkdownDescription: "National area code, 1 to 5 digits, without a trunk prefix: `20` for London, " +
					"but `06` for Rome, where the 0 is part of the number.",
				Optional: true,
				Validators: []validator.String{stringvalidator.RegexMatches(
					regexp.MustCompile(`^[0-9]{1,5}$`), "must be 1 to 5 digits")},
			},
			"quantity": schema.Int64Attribute{
				MarkdownDescription: "How many numbers to return, 1 to 100. Defaults to Colt's page size (10).",
				Optional:            true,
				Validators:          []validator.Int64{int64validator.Between(1, 100)},
			},
			"number_type": schema.StringAttribute{
				MarkdownDescription: "`geographic` (Colt's default) or `nomadic`: numbers not tied to a location, which " +
					"have no area code.",
				Optional: true,
				Validators: []validator.String{
					stringvalidator.OneOf(colt.NumberGeographic, colt.NumberNomadic),
					nomadicWithoutArea{},
				},
			},
			"numbers": schema.ListAttribute{
				MarkdownDescription: "Free numbers in E.164 format.",
				ElementType:         types.StringType,
				Computed:            true,
			},
		},
	}
}

func (d *freeNumbersDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *freeNumbersDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m freeNumbersModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	d.data.checkCountry(m.CountryCode, path.Root("country_code"), &resp.Diagnostics)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	found, err := client.SharedReads().SearchFreeNumbers(ctx, colt.FreeNumberQuery{
		CountryCode: m.CountryCode.ValueString(),
		AreaCode:    m.AreaCode.ValueString(),
		Quantity:    int(m.Quantity.ValueInt64()),
		NumberType:  m.NumberType.ValueString(),
	})
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot search Colt free numbers", err)
		return
	}
	numbers := make([]string, len(found))
	for i, n := range found {
		numbers[i] = n.Number
	}
	list, diags := types.ListValueFrom(ctx, types.StringType, numbers)
	resp.Diagnostics.Append(diags...)
	m.Numbers = list
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
