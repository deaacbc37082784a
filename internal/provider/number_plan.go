package provider

import (
	"context"
	"reflect"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ resource.ResourceWithModifyPlan = (*numberResource)(nil)

// ModifyPlan decides what replaces the resource (only what Colt cannot
// change), refuses or warns about plans that would return numbers in
// service, refuses a customer_reference another resource uses, keeps
// predictable computed values known, and runs Colt's VAT check for a new
// or changed activation in PT, ES and FI, before any order.
func (r *numberResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.unchangedPlan(ctx, req, resp) {
		return
	}
	var state numberModel
	if !req.State.Raw.IsNull() {
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	}
	if req.Plan.Raw.IsNull() {
		if inService(state.Status.ValueString()) {
			guardInService(&resp.Diagnostics, "colt_number", state.CustomerReference.ValueString(),
				state.DeletionProtection.ValueBool(), false, listStrings(ctx, state.Numbers, &resp.Diagnostics))
		}
		return
	}
	var plan numberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	proposed := plan.clone()
	r.data.checkCountry(plan.CountryCode, path.Root("country_code"), &resp.Diagnostics)
	var configured types.List
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("numbers"), &configured)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if r.data != nil {
		r.data.references.claim("colt_number", plan.CustomerReference, &resp.Diagnostics)
	}
	if !configured.IsNull() {
		// Explicit numbers: quantity and area code are Colt's to tell,
		// not part of the configuration (so generated configuration
		// never holds both).
		plan.Quantity, plan.AreaCode = types.Int64Null(), types.StringNull()
		if !req.State.Raw.IsNull() && wasImported(ctx, req.Private, &resp.Diagnostics) {
			keepImportedShape(&state, &plan)
		}
	}
	if !req.State.Raw.IsNull() {
		resp.RequiresReplace = numberReplacement(&state, &plan, !configured.IsNull())
		if len(resp.RequiresReplace) > 0 && r.data != nil {
			r.data.references.replacing(plan.CustomerReference)
		}
		if len(resp.RequiresReplace) > 0 && inService(state.Status.ValueString()) {
			guardInService(&resp.Diagnostics, "colt_number", state.CustomerReference.ValueString(),
				state.DeletionProtection.ValueBool(), true, listStrings(ctx, state.Numbers, &resp.Diagnostics))
		}
		if len(resp.RequiresReplace) == 0 {
			predictUpdate(&state, &plan)
		}
	}
	if !reflect.DeepEqual(proposed, plan) { // resp.Plan holds it already otherwise
		resp.Diagnostics.Append(resp.Plan.Set(ctx, &plan)...)
	}
	if resp.Diagnostics.HasError() || r.data == nil || r.data.unknownConfig || plan.Activation == nil || plan.CountryCode.IsUnknown() {
		return
	}
	if !req.State.Raw.IsNull() && sameActivation(plan.Activation, state.Activation) {
		if state.Activation != nil {
			refuseDirectoryServiceChange(state.Activation.DirectoryService, plan.Activation.DirectoryService,
				pathActivation.AtName("directory_service"), "Colt takes the entry with an update order, and one is placed when "+
					"end_customer_name, registration_number, emergency_address_id or directory_listing changes too.", &resp.Diagnostics)
		}
		return
	}
	checkRegistration(ctx, r.data.client, plan.CountryCode.ValueString(), plan.Activation.EndCustomerName,
		plan.Activation.RegistrationNumber, plan.Activation.VATNotRegistered, pathActivation, &resp.Diagnostics)
}

// unchangedPlan checks a plan equal to the state (every resource of a
// no-change plan) by the few attributes that matter then, instead of
// reading and writing the whole model: the full ModifyPlan would change
// nothing, unless explicit numbers drop a quantity or area code. It tells
// whether it handled the plan.
func (r *numberResource) unchangedPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) bool {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() || !req.Plan.Raw.Equal(req.State.Raw) {
		return false
	}
	var country, reference, areaCode types.String
	var quantity types.Int64
	var configured types.List
	var diags diag.Diagnostics
	diags.Append(req.Plan.GetAttribute(ctx, path.Root("country_code"), &country)...)
	diags.Append(req.Plan.GetAttribute(ctx, path.Root("customer_reference"), &reference)...)
	diags.Append(req.Plan.GetAttribute(ctx, path.Root("quantity"), &quantity)...)
	diags.Append(req.Plan.GetAttribute(ctx, path.Root("area_code"), &areaCode)...)
	diags.Append(req.Config.GetAttribute(ctx, path.Root("numbers"), &configured)...)
	if diags.HasError() || (!configured.IsNull() && (!quantity.IsNull() || !areaCode.IsNull())) {
		return false
	}
	r.data.checkCountry(country, path.Root("country_code"), &resp.Diagnostics)
	if r.data != nil {
		r.data.references.claim("colt_number", reference, &resp.Diagnostics)
	}
	return true
}

// numberReplacement lists what Colt cannot change in place: the country,
// the numbers themselves (or the quantity or area they were picked by),
// and taking the activation away (Colt deactivates only by taking the
// numbers back). Everything else changes in place.
func numberReplacement(state, plan *numberModel, explicitNumbers bool) path.Paths {
	var out path.Paths
	if !plan.CountryCode.IsUnknown() && !plan.CountryCode.Equal(state.CountryCode) {
		out = append(out, path.Root("country_code"))
	}
	if explicitNumbers && !plan.Numbers.IsUnknown() && !plan.Numbers.Equal(state.Numbers) {
		out = append(out, path.Root("numbers"))
	}
	if !explicitNumbers && !state.Quantity.IsNull() && !plan.Quantity.IsUnknown() && !plan.Quantity.Equal(state.Quantity) {
		out = append(out, path.Root("quantity"))
	}
	if !explicitNumbers && !state.AreaCode.IsNull() && !plan.AreaCode.IsNull() && !plan.AreaCode.IsUnknown() &&
		!plan.AreaCode.Equal(state.AreaCode) {
		out = append(out, path.Root("area_code"))
	}
	if !plan.RegulatorApprovalReference.IsUnknown() && !plan.RegulatorApprovalReference.Equal(state.RegulatorApprovalReference) {
		out = append(out, path.Root("regulator_approval_reference"))
	}
	if !plan.NumberType.IsUnknown() && !plan.NumberType.IsNull() && !state.NumberType.IsNull() && !plan.NumberType.Equal(state.NumberType) {
		out = append(out, path.Root("number_type")) // other numbers: a number's kind is fixed
	}
	if state.Activation != nil && plan.Activation == nil {
		out = append(out, pathActivation)
	}
	return out
}

// predictUpdate keeps known what an in-place update will leave: the
// numbers' status, the reservation's expiry and the order list, unless an
// activation order changes them.
func predictUpdate(state, plan *numberModel) {
	plan.Status = state.Status
	plan.ReservationExpiresAt = state.ReservationExpiresAt
	plan.OrderIDs = state.OrderIDs
	if plan.Activation == nil || sameActivation(plan.Activation, state.Activation) {
		return
	}
	plan.OrderIDs = types.ListUnknown(types.StringType)
	if state.Activation == nil {
		plan.Status = types.StringValue(colt.StatusActivated)
		plan.ReservationExpiresAt = types.StringNull()
	}
}
