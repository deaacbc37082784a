package provider

import (
	"cmp"
	"context"
	"time"

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

var _ datasource.DataSourceWithConfigure = (*numbersDataSource)(nil)

func newNumbersDataSource() datasource.DataSource { return &numbersDataSource{} }

// numbersDataSource searches the account's number inventory.
type numbersDataSource struct {
	data *providerData
}

type numbersModel struct {
	Status            types.String `tfsdk:"status"`
	CustomerReference types.String `tfsdk:"customer_reference"`
	OrderID           types.String `tfsdk:"order_id"`
	CountryCode       types.String `tfsdk:"country_code"`
	RangeStart        types.String `tfsdk:"range_start"`
	RangeEnd          types.String `tfsdk:"range_end"`
	CLI               types.String `tfsdk:"cli"`
	Numbers           types.List   `tfsdk:"numbers"`
}

var numberAttrTypes = map[string]attr.Type{
	"number":                 types.StringType,
	"country_code":           types.StringType,
	"area_code":              types.StringType,
	"status":                 types.StringType,
	"customer_reference":     types.StringType,
	"order_ids":              types.ListType{ElemType: types.StringType},
	"reservation_expires_at": types.StringType,
	"end_customer_name":      types.StringType,
	"registration_number":    types.StringType,
	"emergency_address_id":   types.StringType,
	"directory_listing":      types.BoolType,
	"porting_status":         types.StringType,
	"number_type":            types.StringType,
	"directory_service":      types.ObjectType{AttrTypes: directoryServiceAttrTypes},
}

func (d *numbersDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_numbers"
}

func (d *numbersDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	e164 := []validator.String{stringvalidator.RegexMatches(e164Pattern, "must be an E.164 number such as +442071230000")}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Searches the numbers your Colt account holds. Filters combine; without any, it lists the whole inventory.",
		Attributes: map[string]schema.Attribute{
			"status": schema.StringAttribute{
				MarkdownDescription: "Only numbers in this status: `Reserved`, `Activated`, `Port-in Activated` or `Porting`.",
				Optional:            true,
				Validators: []validator.String{stringvalidator.OneOf(colt.StatusReserved, colt.StatusActivated,
					colt.StatusPortInActivated, colt.StatusPorting)},
			},
			"customer_reference": schema.StringAttribute{
				MarkdownDescription: "Only numbers brought in by the reservation or port-in with this customer reference " +
					"(a resource's `order_reference`).",
				Optional: true,
			},
			"order_id": schema.StringAttribute{
				MarkdownDescription: "Only numbers an order touched.",
				Optional:            true,
			},
			"country_code": schema.StringAttribute{
				MarkdownDescription: "Only numbers of this country.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(supportedCountries()...)},
			},
			"range_start": schema.StringAttribute{
				MarkdownDescription: "First number of a range (E.164); alone, exactly this number.",
				Optional:            true,
				Validators:          e164,
			},
			"range_end": schema.StringAttribute{
				MarkdownDescription: "Last number of the range (E.164), as long as `range_start`.",
				Optional:            true,
				Validators:          append(e164, stringvalidator.AlsoRequires(path.MatchRoot("range_start"))),
			},
			"cli": schema.StringAttribute{
				MarkdownDescription: "Only the number a call presents as its calling line identity (E.164).",
				Optional:            true,
				Validators:          e164,
			},
			"numbers": schema.ListNestedAttribute{
				MarkdownDescription: "The numbers found, in ascending order.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"number":                 schema.StringAttribute{Computed: true, MarkdownDescription: "The number, E.164."},
					"country_code":           schema.StringAttribute{Computed: true, MarkdownDescription: "Its country."},
					"area_code":              schema.StringAttribute{Computed: true, MarkdownDescription: "Its area code."},
					"status":                 schema.StringAttribute{Computed: true, MarkdownDescription: "Colt's status."},
					"customer_reference":     schema.StringAttribute{Computed: true, MarkdownDescription: "Reference of the order that brought it in."},
					"order_ids":              schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Orders that touched it, oldest first."},
					"reservation_expires_at": schema.StringAttribute{Computed: true, MarkdownDescription: "End of the reservation (RFC 3339), for reserved numbers."},
					"end_customer_name":      schema.StringAttribute{Computed: true, MarkdownDescription: "End customer, for active numbers."},
					"registration_number":    schema.StringAttribute{Computed: true, MarkdownDescription: "End customer's VAT or registration number."},
					"emergency_address_id":   schema.StringAttribute{Computed: true, MarkdownDescription: "Emergency address id."},
					"directory_listing":      schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is listed in directories."},
					"porting_status":         schema.StringAttribute{Computed: true, MarkdownDescription: "Porting status, while porting."},
					"number_type":            schema.StringAttribute{Computed: true, MarkdownDescription: "`geographic` or `nomadic`."},
					"directory_service":      directoryServiceComputed(),
				}},
			},
		},
	}
}

func (d *numbersDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *numbersDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m numbersModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	d.data.checkCountry(m.CountryCode, path.Root("country_code"), &resp.Diagnostics)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	found, err := client.SharedReads().ListNumbers(ctx, colt.NumberQuery{
		Status:            m.Status.ValueString(),
		CustomerReference: m.CustomerReference.ValueString(),
		OrderID:           m.OrderID.ValueString(),
		CountryCode:       m.CountryCode.ValueString(),
		RangeStart:        m.RangeStart.ValueString(),
		RangeEnd:          m.RangeEnd.ValueString(),
		CLI:               m.CLI.ValueString(),
	})
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot search Colt numbers", err)
		return
	}
	objects := make([]attr.Value, len(found))
	for i, n := range found {
		objects[i] = numberObject(ctx, n, &resp.Diagnostics)
	}
	list, diags := types.ListValue(types.ObjectType{AttrTypes: numberAttrTypes}, objects)
	resp.Diagnostics.Append(diags...)
	m.Numbers = list
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func numberObject(ctx context.Context, n colt.NumberDetail, diags *diag.Diagnostics) attr.Value {
	ec := colt.EndCustomer{}
	if n.EndCustomer != nil {
		ec = *n.EndCustomer
	}
	expires := types.StringNull()
	if n.ReservationExpiresAt != nil {
		expires = types.StringValue(n.ReservationExpiresAt.UTC().Format(time.RFC3339))
	}
	obj, d := types.ObjectValue(numberAttrTypes, map[string]attr.Value{
		"number":                 types.StringValue(n.Number),
		"country_code":           types.StringValue(n.CountryCode),
		"area_code":              types.StringValue(n.AreaCode),
		"status":                 types.StringValue(n.Status),
		"customer_reference":     types.StringValue(n.CustomerReference),
		"order_ids":              stringList(ctx, n.OrderIDs, diags),
		"reservation_expires_at": expires,
		"end_customer_name":      optionalString(ec.Name),
		"registration_number":    optionalString(ec.RegistrationNumber),
		"emergency_address_id":   optionalString(n.EmergencyAddressID),
		"directory_listing":      types.BoolValue(n.DirectoryListing),
		"porting_status":         optionalString(n.PortingStatus),
		"number_type":            types.StringValue(cmp.Or(n.NumberType, colt.NumberGeographic)),
		"directory_service":      directoryServiceObject(n.DirectoryService, diags),
	})
	diags.Append(d...)
	return obj
}
