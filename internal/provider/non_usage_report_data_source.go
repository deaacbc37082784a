package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ datasource.DataSourceWithConfigure = (*nonUsageReportDataSource)(nil)

func newNonUsageReportDataSource() datasource.DataSource { return &nonUsageReportDataSource{} }

// nonUsageReportDataSource reads a month's non-usage charges.
type nonUsageReportDataSource struct {
	data *providerData
}

type nonUsageReportModel struct {
	Month    types.String `tfsdk:"month"`
	Currency types.String `tfsdk:"currency"`
	Total    types.String `tfsdk:"total"`
	Charges  types.List   `tfsdk:"charges"`
	Files    types.List   `tfsdk:"files"`
}

var reportFileAttrTypes = map[string]attr.Type{
	"name": types.StringType, "size": types.Int64Type, "content": types.StringType,
}

var chargeAttrTypes = map[string]attr.Type{
	"charge_id": types.StringType, "charge_type": types.StringType, "number": types.StringType,
	"order_id": types.StringType, "charge_date": types.StringType, "amount": types.StringType,
	"description": types.StringType,
}

func (d *nonUsageReportDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_non_usage_report"
}

func (d *nonUsageReportDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Reads Colt's non-usage report of a month: one-off charges such as activations and port-ins. " +
			"Colt delivers non-usage reports as `.r.cat` files; `files` holds each as Colt sends it. `charges`, " +
			"`currency` and `total` are a parsed view from a JSON form of the report that Colt does not document " +
			"(this provider's model of it).",
		Attributes: map[string]schema.Attribute{
			"month": schema.StringAttribute{
				MarkdownDescription: "The month, `YYYY-MM`.", Required: true,
				Validators: []validator.String{stringvalidator.RegexMatches(monthPattern, "must be a month as YYYY-MM")},
			},
			"currency": schema.StringAttribute{MarkdownDescription: "Currency of the amounts.", Computed: true},
			"total":    schema.StringAttribute{MarkdownDescription: "Sum of the charges, a decimal string.", Computed: true},
			"charges": computedObjectList("The charges: `charge_type` is `activation`, `portIn` or `outOfHoursPortIn`; "+
				"amounts are decimal strings.", chargeAttrTypes, chargeFieldDocs),
			"files": computedObjectList("The month's non-usage report files as Colt delivers them: `name` (ending in `.r.cat`), "+
				"`size` in bytes and `content`, the file's text unparsed. Empty for a month without charges.",
				reportFileAttrTypes, reportFileFieldDocs),
		},
	}
}

func (d *nonUsageReportDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *nonUsageReportDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m nonUsageReportModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	// Not through SharedReads: the report's files are streamed, and streamed
	// bodies cannot be kept to share.
	report, err := client.GetNonUsageReport(ctx, m.Month.ValueString())
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read the Colt non-usage report", err)
		return
	}
	charges := make([]attr.Value, len(report.Charges))
	for i, c := range report.Charges {
		obj, diags := types.ObjectValue(chargeAttrTypes, map[string]attr.Value{
			"charge_id": types.StringValue(c.ChargeID), "charge_type": types.StringValue(c.ChargeType),
			"number": types.StringValue(c.Number), "order_id": types.StringValue(c.OrderID),
			"charge_date": types.StringValue(c.ChargeDate), "amount": types.StringValue(c.Amount),
			"description": types.StringValue(c.Description),
		})
		resp.Diagnostics.Append(diags...)
		charges[i] = obj
	}
	list, diags := types.ListValue(types.ObjectType{AttrTypes: chargeAttrTypes}, charges)
	resp.Diagnostics.Append(diags...)
	m.Charges = list
	m.Files = reportFiles(ctx, client, m.Month.ValueString(), &resp.Diagnostics)
	m.Currency = types.StringValue(report.Currency)
	m.Total = types.StringValue(report.Total)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// files downloads the month's .r.cat files.
func reportFiles(ctx context.Context, client *colt.Client, month string, diags *diag.Diagnostics) types.List {
	elemType := types.ObjectType{AttrTypes: reportFileAttrTypes}
	listed, err := client.ListNonUsageReportFiles(ctx, month)
	if err != nil {
		addCallError(diags, "Cannot list the Colt non-usage report files", err)
		return types.ListNull(elemType)
	}
	files := make([]attr.Value, 0, len(listed))
	for _, f := range listed {
		content, err := client.DownloadNonUsageReportFile(ctx, f.FileName)
		if err != nil {
			addCallError(diags, "Cannot download the Colt non-usage report file "+f.FileName, err)
			return types.ListNull(elemType)
		}
		obj, objDiags := types.ObjectValue(reportFileAttrTypes, map[string]attr.Value{
			"name": types.StringValue(f.FileName), "size": types.Int64Value(int64(len(content))),
			"content": types.StringValue(string(content)),
		})
		diags.Append(objDiags...)
		files = append(files, obj)
	}
	list, listDiags := types.ListValue(elemType, files)
	diags.Append(listDiags...)
	return list
}
