package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var (
	_ resource.ResourceWithConfigure      = (*portInResource)(nil)
	_ resource.ResourceWithImportState    = (*portInResource)(nil)
	_ resource.ResourceWithValidateConfig = (*portInResource)(nil)
	_ resource.ResourceWithModifyPlan     = (*portInResource)(nil)
)

func newPortInResource() resource.Resource { return &portInResource{} }

// portInResource is a port-in order and, once it completes, the numbers it
// brought in.
type portInResource struct {
	data *providerData
}

type portInModel struct {
	ID                 types.String           `tfsdk:"id"`
	CustomerReference  types.String           `tfsdk:"customer_reference"`
	CountryCode        types.String           `tfsdk:"country_code"`
	Numbers            types.List             `tfsdk:"numbers"`
	LosingCarrier      types.String           `tfsdk:"losing_carrier"`
	RequestedDate      types.String           `tfsdk:"requested_date"`
	RequestedWindow    types.String           `tfsdk:"requested_window"`
	EndCustomerName    types.String           `tfsdk:"end_customer_name"`
	RegistrationNumber types.String           `tfsdk:"registration_number"`
	VATNotRegistered   types.Bool             `tfsdk:"vat_not_registered"`
	DeletionProtection types.Bool             `tfsdk:"deletion_protection"`
	EmergencyAddressID types.String           `tfsdk:"emergency_address_id"`
	RegulatorApproval  types.String           `tfsdk:"regulator_approval_reference"`
	DirectoryService   *directoryServiceBlock `tfsdk:"directory_service"`
	WaitForCompletion  types.Bool             `tfsdk:"wait_for_completion"`
	OrderReference     types.String           `tfsdk:"order_reference"`
	Status             types.String           `tfsdk:"status"`
	PortingStatus      types.String           `tfsdk:"porting_status"`
	OrderIDs           types.List             `tfsdk:"order_ids"`
	Timeouts           timeouts.Value         `tfsdk:"timeouts"`
}

func (r *portInResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_port_in"
}

func (r *portInResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Ports numbers in to Colt from another carrier. Creating it places the port-in order; " +
			"changing the carrier, date or window before the port completes places a port update order; changing the end " +
			"customer, registration number or emergency address after it completes places an update order on the ported " +
			"numbers, in place. Destroying it cancels a port that has not completed, or returns the ported numbers " +
			"(refused while `deletion_protection` is on). `porting_status` follows Colt's porting status (for example `Delayed`).",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "Id of the port-in order.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"customer_reference": schema.StringAttribute{
				MarkdownDescription: "Your reference for the port-in, unique among your `colt_number` and `colt_port_in` " +
					"resources (a plan with two alike fails). A label of yours: changing it changes only the state.",
				Required:   true,
				Validators: []validator.String{stringvalidator.RegexMatches(referencePattern, customerRefMessage)},
			},
			"country_code": schema.StringAttribute{
				MarkdownDescription: "ISO 3166 alpha-2 country of the numbers. " + forcesNew,
				Required:            true,
				Validators:          []validator.String{stringvalidator.OneOf(supportedCountries()...)},
			},
			"numbers": schema.ListAttribute{
				MarkdownDescription: "The numbers to port, E.164. " + forcesNew,
				ElementType:         types.StringType,
				Required:            true,
				Validators: []validator.List{
					listvalidator.SizeBetween(1, 1000),
					listvalidator.UniqueValues(),
					listvalidator.ValueStringsAre(stringvalidator.RegexMatches(e164Pattern, "must be an E.164 number such as +442071230000")),
				},
			},
			"losing_carrier": schema.StringAttribute{
				MarkdownDescription: "The carrier the numbers leave. Changes before the port completes place a port update order.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 100)},
			},
			"requested_date": schema.StringAttribute{
				MarkdownDescription: "Requested porting date, `YYYY-MM-DD`, today or later.",
				Required:            true,
				Validators:          []validator.String{dateValidator{}},
			},
			"requested_window": schema.StringAttribute{
				MarkdownDescription: "`standard` (default) or `outOfHours` (chargeable).",
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString("standard"),
				Validators:          []validator.String{stringvalidator.OneOf("standard", "outOfHours")},
			},
			"end_customer_name": schema.StringAttribute{
				MarkdownDescription: "The end customer's name; in Spain exactly as registered. Changes after the port " +
					"completes place an update order on the ported numbers.",
				Required:   true,
				Validators: []validator.String{stringvalidator.LengthBetween(1, 200)},
			},
			"registration_number": schema.StringAttribute{
				MarkdownDescription: "The end customer's VAT or registration number; required in PT, ES and FI. " +
					"Changes after the port completes place an update order.",
				Optional: true,
			},
			"vat_not_registered": vatNotRegisteredAttribute(),
			"directory_service":  portInDirectoryService(),
			"regulator_approval_reference": schema.StringAttribute{
				MarkdownDescription: "Germany only: the regulator's (BNetzA) approval reference, required to port in a block " +
					"of more than 100 numbers (Colt needs it before numbers are assigned to an end customer). " + forcesNew,
				Optional: true,
			},
			"emergency_address_id": schema.StringAttribute{
				MarkdownDescription: "Id of the validated emergency address. Changes after the port completes place an update order.",
				Optional:            true,
			},
			"deletion_protection": deletionProtectionAttribute(),
			"wait_for_completion": schema.BoolAttribute{
				MarkdownDescription: "Wait, within the create timeout, until the port completes. Defaults to `false`: " +
					"create returns once Colt has accepted the order, and refreshes follow `porting_status`.",
				Optional: true,
				Computed: true,
				Default:  booldefault.StaticBool(false),
			},
			"order_reference": schema.StringAttribute{
				MarkdownDescription: "The customer reference of the port-in order: `customer_reference`, with a `~N` suffix " +
					"for the N-th port-in made under the same reference.",
				Computed:      true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"status": schema.StringAttribute{
				MarkdownDescription: "Status of the port-in order: `Pending`, `InProgress`, `Completed` or `Failed`.",
				Computed:            true,
			},
			"porting_status": schema.StringAttribute{
				MarkdownDescription: "Colt's porting status: `Submitted`, `Validated`, `Delayed`, `Scheduled`, `Completed` or `Cancelled`.",
				Computed:            true,
			},
			"order_ids": schema.ListAttribute{
				MarkdownDescription: "The port-in order and its port update orders, oldest first.",
				ElementType:         types.StringType,
				Computed:            true,
			},
			"timeouts": orderTimeouts(ctx, orderOps{"the port-in order: until the port completes with `wait_for_completion = true`, otherwise until Colt accepts it", "port update and customer update orders", "the cancellation of a port that has not completed, or the return of ported numbers"}),
		},
	}
}

func (r *portInResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m portInModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	checkTimeouts(m.Timeouts, &resp.Diagnostics)
	if m.CountryCode.IsUnknown() || m.CountryCode.IsNull() {
		return
	}
	country := m.CountryCode.ValueString()
	for i, n := range listStrings(ctx, m.Numbers, &resp.Diagnostics) {
		if e164Pattern.MatchString(n) && colt.CountryOf(n) != country {
			resp.Diagnostics.AddAttributeError(path.Root("numbers").AtListIndex(i), "Number outside the country",
				n+" is not a "+country+" number.")
		}
	}
	validateEndCustomer(country, m.EndCustomerName, m.RegistrationNumber, path.Empty(), &resp.Diagnostics)
	if !m.Numbers.IsUnknown() {
		validateGermanAssignment(country, int64(len(m.Numbers.Elements())), m.RegulatorApproval,
			path.Root("regulator_approval_reference"), &resp.Diagnostics)
	}
	validateDirectoryService(country, m.DirectoryService, path.Root("directory_service"), &resp.Diagnostics)
}

func (r *portInResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (r *portInResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	importByIdentity(ctx, portInIdentity, req, resp)
}
