package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

var _ resource.ResourceWithModifyPlan = (*numberResource)(nil)

// ModifyPlan refuses a country no Colt text names unless the provider
// block opts into it, and runs Colt's VAT check for a new or changed
// activation in PT, ES and FI, so a bad registration number fails the
// plan, before any order.
func (r *numberResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() || r.data == nil || r.data.unknownConfig {
		return
	}
	var plan numberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	r.data.checkCountry(plan.CountryCode, path.Root("country_code"), &resp.Diagnostics)
	if resp.Diagnostics.HasError() || plan.Activation == nil || plan.CountryCode.IsUnknown() {
		return
	}
	if !req.State.Raw.IsNull() {
		var state numberModel
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
		if sameActivation(plan.Activation, state.Activation) {
			return
		}
	}
	checkRegistration(ctx, r.data.client, plan.CountryCode.ValueString(), plan.Activation.EndCustomerName,
		plan.Activation.RegistrationNumber, plan.Activation.VATNotRegistered, pathActivation, &resp.Diagnostics)
}
