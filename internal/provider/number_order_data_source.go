package provider

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

var _ datasource.DataSourceWithConfigure = (*numberOrderDataSource)(nil)

func newNumberOrderDataSource() datasource.DataSource { return &numberOrderDataSource{} }

// numberOrderDataSource reads one number order.
type numberOrderDataSource struct {
	data *providerData
}

type numberOrderModel struct {
	OrderID           types.String `tfsdk:"order_id"`
	OrderType         types.String `tfsdk:"order_type"`
	CustomerReference types.String `tfsdk:"customer_reference"`
	Status            types.String `tfsdk:"status"`
	FailureCode       types.String `tfsdk:"failure_code"`
	FailureReason     types.String `tfsdk:"failure_reason"`
	Numbers           types.List   `tfsdk:"numbers"`
	CountryCode       types.String `tfsdk:"country_code"`
	CreatedAt         types.String `tfsdk:"created_at"`
	CompletedAt       types.String `tfsdk:"completed_at"`
	PortingStatus     types.String `tfsdk:"porting_status"`
}

func (d *numberOrderDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_number_order"
}

func (d *numberOrderDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	computed := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Reads one Colt number order: reservation, activation, customer update, return, port-in or port update.",
		Attributes: map[string]schema.Attribute{
			"order_id": schema.StringAttribute{
				MarkdownDescription: "The order's id.",
				Required:            true,
				Validators:          []validator.String{idValidator{example: "ORD-00012345"}},
			},
			"order_type":         computed("`reservation`, `activation`, `updateCustomer`, `return`, `portIn` or `portUpdate`."),
			"customer_reference": computed("The order's customer reference."),
			"status":             computed("`Pending`, `InProgress`, `Completed` or `Failed`."),
			"failure_code":       computed("Colt's code, when the order failed."),
			"failure_reason":     computed("Colt's reason, when the order failed."),
			"numbers": schema.ListAttribute{
				MarkdownDescription: "The numbers of the order.",
				ElementType:         types.StringType,
				Computed:            true,
			},
			"country_code":   computed("The numbers' country, for reservations and port-ins."),
			"created_at":     computed("When the order was placed (RFC 3339)."),
			"completed_at":   computed("When it completed or failed (RFC 3339)."),
			"porting_status": computed("Porting status, for port-in orders."),
		},
	}
}

func (d *numberOrderDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *numberOrderDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m numberOrderModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	// Not through SharedReads: an order's status moves, and this block wants
	// Colt's status now, not the answer another block got earlier.
	o, err := client.GetOrder(ctx, m.OrderID.ValueString())
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt order "+m.OrderID.ValueString(), err)
		return
	}
	m.OrderType = types.StringValue(o.OrderType)
	m.CustomerReference = types.StringValue(o.CustomerReference)
	m.Status = types.StringValue(o.Status)
	m.FailureCode = optionalString(o.FailureCode)
	m.FailureReason = optionalString(o.FailureReason)
	m.Numbers = stringList(ctx, o.Numbers, &resp.Diagnostics)
	m.CountryCode = optionalString(o.CountryCode)
	m.CreatedAt = types.StringValue(o.CreatedAt.UTC().Format(time.RFC3339))
	m.CompletedAt = types.StringNull()
	if o.CompletedAt != nil {
		m.CompletedAt = types.StringValue(o.CompletedAt.UTC().Format(time.RFC3339))
	}
	m.PortingStatus = optionalString(o.PortingStatus)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
