package provider

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
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
	_ datasource.DataSourceWithConfigure        = (*cdrDataSource)(nil)
	_ datasource.DataSourceWithConfigValidators = (*cdrDataSource)(nil)
	_ datasource.DataSourceWithValidateConfig   = (*cdrDataSource)(nil)
)

func newCDRDataSource() datasource.DataSource { return &cdrDataSource{} }

// cdrDataSource reads call detail records: one day's unrated records, a
// consolidated file of unrated records over a date range, or a month's
// rated records.
type cdrDataSource struct {
	data *providerData
}

type cdrModel struct {
	Date     types.String `tfsdk:"date"`
	FromDate types.String `tfsdk:"from_date"`
	ToDate   types.String `tfsdk:"to_date"`
	Month    types.String `tfsdk:"month"`
	Number   types.String `tfsdk:"number"`
	Records  types.List   `tfsdk:"records"`
}

const maxConsolidatedDays = 31

var monthPattern = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])$`)

var cdrAttrTypes = map[string]attr.Type{
	"record_id": types.StringType, "call_date": types.StringType, "start_time": types.StringType,
	"end_time": types.StringType, "duration_seconds": types.Int64Type, "calling_number": types.StringType,
	"called_number": types.StringType, "direction": types.StringType, "call_type": types.StringType,
	"origin_country": types.StringType, "destination_country": types.StringType, "trunk_group_id": types.StringType,
	"customer_reference": types.StringType, "order_id": types.StringType, "end_customer_name": types.StringType,
	"chargeable_seconds": types.Int64Type, "release_cause": types.StringType,
	"routing_number": types.StringType, "rate": types.StringType, "charge": types.StringType, "currency": types.StringType,
}

func (d *cdrDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_call_detail_records"
}

func (d *cdrDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	dateValidators := []validator.String{dateValidator{}}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Reads Colt's call detail records (CDRs): `date` for one day's unrated records, `from_date` " +
			"and `to_date` for a consolidated file of unrated records (at most 31 days), or `month` for rated records. " +
			"Unrated records are kept 90 days.",
		Attributes: map[string]schema.Attribute{
			"date":      schema.StringAttribute{MarkdownDescription: "Day of unrated records, `YYYY-MM-DD`, within the last 90 days.", Optional: true, Validators: dateValidators},
			"from_date": schema.StringAttribute{MarkdownDescription: "First day of a consolidated file of unrated records.", Optional: true, Validators: dateValidators},
			"to_date":   schema.StringAttribute{MarkdownDescription: "Last day of the consolidated file.", Optional: true, Validators: dateValidators},
			"month": schema.StringAttribute{
				MarkdownDescription: "Month of rated records, `YYYY-MM`.", Optional: true,
				Validators: []validator.String{stringvalidator.RegexMatches(monthPattern, "must be a month as YYYY-MM")},
			},
			"number": schema.StringAttribute{
				MarkdownDescription: "Only records of this number (E.164).", Optional: true,
				Validators: []validator.String{stringvalidator.RegexMatches(e164Pattern, "must be an E.164 number such as +442071230000")},
			},
			"records": computedObjectList("The records, with the 18 data fields of Colt's 19-field record (`record_id` … "+
				"`routing_number`; field 19 only marks the end of a record); rated records also carry `rate`, `charge` "+
				"and `currency`.", cdrAttrTypes, cdrFieldDocs),
		},
	}
}

func (d *cdrDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot("date"), path.MatchRoot("from_date"), path.MatchRoot("month")),
		datasourcevalidator.RequiredTogether(path.MatchRoot("from_date"), path.MatchRoot("to_date")),
	}
}

// ValidateConfig checks what does not depend on the day: a range's length
// and order. Whether a date is still in Colt's 90-day window is checked on
// read, so a configuration that validates today validates tomorrow.
func (d *cdrDataSource) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	var m cdrModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	from, okFrom := parseDay(m.FromDate)
	to, okTo := parseDay(m.ToDate)
	if okFrom && okTo {
		switch days := int(to.Sub(from).Hours()/24) + 1; {
		case days < 1:
			resp.Diagnostics.AddAttributeError(path.Root("to_date"), "Empty date range", "to_date is before from_date.")
		case days > maxConsolidatedDays:
			resp.Diagnostics.AddAttributeError(path.Root("to_date"), "Date range too long",
				fmt.Sprintf("A consolidated file covers at most %d days; this range has %d.", maxConsolidatedDays, days))
		}
	}
}

func parseDay(v types.String) (time.Time, bool) {
	if v.IsNull() || v.IsUnknown() {
		return time.Time{}, false
	}
	day, err := time.Parse(time.DateOnly, v.ValueString())
	return day, err == nil
}

// checkUnratedWindow refuses dates Colt no longer keeps, or not yet has.
func checkUnratedWindow(m cdrModel, diags *diag.Diagnostics) {
	today := today()
	oldest := today.Add(-colt.UnratedCDRWindow)
	for _, a := range []struct {
		v  types.String
		at path.Path
	}{{m.Date, path.Root("date")}, {m.FromDate, path.Root("from_date")}, {m.ToDate, path.Root("to_date")}} {
		if day, ok := parseDay(a.v); ok && (day.Before(oldest) || day.After(today)) {
			diags.AddAttributeError(a.at, "Date outside the 90-day window",
				fmt.Sprintf("Colt keeps unrated records for 90 days: %s is not between %s and today (%s).",
					a.v.ValueString(), oldest.Format(time.DateOnly), today.Format(time.DateOnly)))
		}
	}
}

func (d *cdrDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *cdrDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m cdrModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	checkUnratedWindow(m, &resp.Diagnostics)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	var records []attr.Value
	collect := func(page []colt.CDR) error {
		for _, r := range page {
			records = append(records, cdrObject(r, &resp.Diagnostics))
		}
		if resp.Diagnostics.HasError() {
			return errors.New("a record could not be converted")
		}
		return nil
	}
	number := m.Number.ValueString()
	var err error
	// Not through SharedReads: shared answers are kept for the provider's
	// life, and a month of call records is too much to keep.
	switch {
	case !m.Date.IsNull():
		err = client.EachUnratedCDR(ctx, m.Date.ValueString(), number, collect)
	case !m.Month.IsNull():
		err = client.EachRatedCDR(ctx, m.Month.ValueString(), number, collect)
	default:
		err = d.consolidated(ctx, client, m, func(r colt.CDR) error { return collect([]colt.CDR{r}) })
	}
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt call detail records", err)
		return
	}
	list, diags := types.ListValue(types.ObjectType{AttrTypes: cdrAttrTypes}, records)
	resp.Diagnostics.Append(diags...)
	m.Records = list
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// consolidatedWait bounds how long a read waits for Colt to build a file.
const consolidatedWait = 10 * time.Minute

func (d *cdrDataSource) consolidated(ctx context.Context, client *colt.Client, m cdrModel, fn func(colt.CDR) error) error {
	req, err := client.RequestConsolidatedCDRs(ctx, m.FromDate.ValueString(), m.ToDate.ValueString(), m.Number.ValueString())
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, consolidatedWait)
	defer cancel()
	for wait := orderPollMin; ; wait = min(wait*2, orderPollMax) {
		ready, err := client.DownloadConsolidatedCDRs(ctx, req.RequestID, fn)
		if err != nil || ready {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("consolidated call detail records %s not ready after %v: %w", req.RequestID, consolidatedWait, ctx.Err())
		case <-time.After(wait):
		}
	}
}

func cdrObject(r colt.CDR, diags *diag.Diagnostics) attr.Value {
	obj, d := types.ObjectValue(cdrAttrTypes, map[string]attr.Value{
		"record_id": types.StringValue(r.RecordID), "call_date": types.StringValue(r.CallDate),
		"start_time": types.StringValue(r.StartTime), "end_time": types.StringValue(r.EndTime),
		"duration_seconds": types.Int64Value(r.DurationSeconds), "calling_number": types.StringValue(r.CallingNumber),
		"called_number": types.StringValue(r.CalledNumber), "direction": types.StringValue(r.Direction),
		"call_type": types.StringValue(r.CallType), "origin_country": types.StringValue(r.OriginCountry),
		"destination_country": types.StringValue(r.DestinationCountry), "trunk_group_id": types.StringValue(r.TrunkGroupID),
		"customer_reference": types.StringValue(r.CustomerReference), "order_id": types.StringValue(r.OrderID),
		"end_customer_name":  types.StringValue(r.EndCustomerName),
		"chargeable_seconds": types.Int64Value(r.ChargeableSeconds), "release_cause": types.StringValue(r.ReleaseCause),
		"routing_number": types.StringValue(r.RoutingNumber), "rate": optionalString(r.Rate),
		"charge": optionalString(r.Charge), "currency": optionalString(r.Currency),
	})
	diags.Append(d...)
	return obj
}
