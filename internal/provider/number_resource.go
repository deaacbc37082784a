package provider

import (
	"context"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var (
	_ resource.ResourceWithConfigure        = (*numberResource)(nil)
	_ resource.ResourceWithImportState      = (*numberResource)(nil)
	_ resource.ResourceWithConfigValidators = (*numberResource)(nil)
	_ resource.ResourceWithValidateConfig   = (*numberResource)(nil)
)

func newNumberResource() resource.Resource { return &numberResource{} }

// numberResource is one number or a contiguous block: reserved on create,
// activated when it has an activation block, returned on destroy.
type numberResource struct {
	data *providerData
}

var (
	e164Pattern        = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)
	referencePattern   = regexp.MustCompile(`^[A-Za-z0-9._/-]{1,48}$`)
	areaCodePattern    = regexp.MustCompile(`^[0-9]{1,5}$`)
	customerRefMessage = "must be 1 to 48 characters of letters, digits and . _ / -"
)

func (r *numberResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_number"
}

func (r *numberResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	keep := stringplanmodifier.UseStateForUnknown()
	resp.Schema = schema.Schema{
		MarkdownDescription: "A Colt Wholesale SIP number, or a contiguous block of numbers. Creating it reserves the " +
			"numbers (Colt holds a reservation 90 days); the `activation` attribute assigns them to an end customer and " +
			"activates them; changing the activation places an update order; destroying it returns the numbers. " +
			"Every order carries a reference derived from `customer_reference`, so a retried or re-run apply " +
			"adopts the order an interrupted run placed instead of ordering twice.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "The first number of the block.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{keep},
			},
			"customer_reference": schema.StringAttribute{
				MarkdownDescription: "Your reference for these numbers, unique among your `colt_number` and `colt_port_in` " +
					"resources (a plan with two alike fails). Colt records it on the reservation; the provider derives the " +
					"references of later orders from `order_reference`. A label of yours: changing it changes only the state, " +
					"never the numbers.",
				Required:   true,
				Validators: []validator.String{stringvalidator.RegexMatches(referencePattern, customerRefMessage)},
			},
			"country_code": schema.StringAttribute{
				MarkdownDescription: "ISO 3166 alpha-2 country of the numbers (`GB`, not `UK`). " + forcesNew,
				Required:            true,
				Validators:          []validator.String{stringvalidator.OneOf(supportedCountries()...)},
			},
			"area_code": schema.StringAttribute{
				MarkdownDescription: "Area code to take `quantity` numbers from; Colt's default area when omitted. Null when " +
					"`numbers` is set. " + forcesNewConfigured,
				Optional: true,
				Computed: true,
				Validators: []validator.String{
					stringvalidator.RegexMatches(areaCodePattern, "must be 1 to 5 digits"),
					stringvalidator.ConflictsWith(path.MatchRoot("numbers")),
				},
				PlanModifiers: []planmodifier.String{keep},
			},
			"quantity": schema.Int64Attribute{
				MarkdownDescription: "How many contiguous free numbers to reserve, 1 to 1000. Conflicts with `numbers`, and " +
					"null when `numbers` is set. " + forcesNewConfigured,
				Optional:      true,
				Computed:      true,
				Validators:    []validator.Int64{int64validator.Between(1, 1000)},
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"numbers": schema.ListAttribute{
				MarkdownDescription: "The numbers, E.164. Set it to reserve these exact numbers (a contiguous block); " +
					"otherwise Colt picks `quantity` numbers and they are listed here. " + forcesNewConfigured,
				ElementType: types.StringType,
				Optional:    true,
				Computed:    true,
				Validators: []validator.List{
					listvalidator.SizeBetween(1, 1000),
					listvalidator.UniqueValues(),
					listvalidator.ValueStringsAre(stringvalidator.RegexMatches(e164Pattern, "must be an E.164 number such as +442071230000")),
				},
				PlanModifiers: []planmodifier.List{listplanmodifier.UseStateForUnknown()},
			},
			"number_type": schema.StringAttribute{
				MarkdownDescription: "`geographic` (the default) or `nomadic`: a number not tied to a location. Nomadic numbers " +
					"have no area code and are reserved by `numbers`, for example found by `colt_free_numbers` with " +
					"`number_type = \"nomadic\"`; Colt tells the kind of the numbers it holds. " + forcesNewConfigured,
				Optional:      true,
				Computed:      true,
				Validators:    []validator.String{stringvalidator.OneOf(colt.NumberGeographic, colt.NumberNomadic)},
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"regulator_approval_reference": schema.StringAttribute{
				MarkdownDescription: "Deprecated: Germany's BNetzA approval is needed before more than 100 numbers are assigned " +
					"to an end customer, not to reserve them; set `activation.regulator_approval_reference`. This value is " +
					"only sent with the reservation. " + forcesNew,
				Optional:           true,
				DeprecationMessage: germanApprovalMoved,
			},
			"activation": schema.SingleNestedAttribute{
				MarkdownDescription: "Assigns the numbers to an end customer and activates them. Adding it places an " +
					"activation order; changing it places an update order, in place. Removing it forces a new resource, " +
					"since Colt deactivates numbers only by taking them back: `deletion_protection` refuses that for numbers " +
					"in service.",
				Optional: true,
				Attributes: map[string]schema.Attribute{
					"end_customer_name": schema.StringAttribute{
						MarkdownDescription: "The end customer's name; in Spain exactly as registered.",
						Required:            true,
						Validators:          []validator.String{stringvalidator.LengthBetween(1, 200)},
					},
					"registration_number": schema.StringAttribute{
						MarkdownDescription: "The end customer's VAT or company registration number; required in PT, ES and FI.",
						Optional:            true,
					},
					"emergency_address_id": schema.StringAttribute{
						MarkdownDescription: "Id of the validated emergency address (from Colt's address management).",
						Optional:            true,
					},
					"directory_listing": schema.BoolAttribute{
						MarkdownDescription: "Whether the numbers are listed in public directories. Defaults to `false`.",
						Optional:            true,
						Computed:            true,
						Default:             booldefault.StaticBool(false),
					},
					"vat_not_registered": vatNotRegisteredAttribute(),
					"regulator_approval_reference": schema.StringAttribute{
						MarkdownDescription: "Germany only: the regulator's (BNetzA) approval reference, required to activate " +
							"a block of more than 100 numbers; sent with the activation order.",
						Optional: true,
					},
					"directory_service": directoryServiceAttribute(directoryServiceDescription + " Sent with the activation " +
						"and update orders; a change of the entry alone places none, so change it together with another " +
						"activation attribute."),
				},
			},
			"deletion_protection": deletionProtectionAttribute(),
			"status": schema.StringAttribute{
				MarkdownDescription: "Colt's status of the numbers: `Reserved`, `Activated` or `Port-in Activated`.",
				Computed:            true,
			},
			"order_reference": schema.StringAttribute{
				MarkdownDescription: "The customer reference of the reservation order: `customer_reference`, with a `~N` suffix " +
					"for the N-th reservation made under the same reference.",
				Computed:      true,
				PlanModifiers: []planmodifier.String{keep},
			},
			"reservation_order_id": schema.StringAttribute{
				MarkdownDescription: "Id of the order that reserved the numbers.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{keep},
			},
			"order_ids": schema.ListAttribute{
				MarkdownDescription: "Ids of every order that touched the numbers, oldest first.",
				ElementType:         types.StringType,
				Computed:            true,
			},
			"reservation_expires_at": schema.StringAttribute{
				MarkdownDescription: "When Colt releases the reservation if the numbers are not activated (RFC 3339); null once active.",
				Computed:            true,
			},
			"timeouts": orderTimeouts(ctx, orderOps{"the reservation and, with `activation`, the activation", "activation and customer update orders", "the return of the numbers"}),
		},
	}
}

func (r *numberResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.ExactlyOneOf(path.MatchRoot("numbers"), path.MatchRoot("quantity")),
	}
}

func (r *numberResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (r *numberResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	importByIdentity(ctx, numberIdentity, req, resp)
}
