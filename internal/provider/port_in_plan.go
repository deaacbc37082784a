package provider

import (
	"context"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// ModifyPlan refuses a country no Colt text names unless the provider
// block opts into it, decides what replaces a port-in (only the country and the
// numbers), refuses or warns about plans that would return ported numbers
// in service, refuses changes Colt refuses at this stage of the port and a
// customer_reference another resource uses, checks a new port-in's
// registration number with Colt, and that a new or changed porting date is
// not in the past (not a config validator: an existing port's date may lie
// in the past).
func (r *portInResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	var state portInModel
	exists := !req.State.Raw.IsNull()
	if exists {
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	}
	completed := exists && state.Status.ValueString() == colt.OrderCompleted
	if req.Plan.Raw.IsNull() {
		if completed {
			guardInService(&resp.Diagnostics, "colt_port_in", state.CustomerReference.ValueString(),
				state.DeletionProtection.ValueBool(), false, listStrings(ctx, state.Numbers, &resp.Diagnostics))
		}
		return
	}
	var plan portInModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	r.data.checkCountry(plan.CountryCode, path.Root("country_code"), &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	if r.data != nil {
		r.data.references.claim("colt_port_in", plan.CustomerReference, &resp.Diagnostics)
	}
	if !exists {
		if r.data != nil && !r.data.unknownConfig && !plan.CountryCode.IsUnknown() {
			// A new port-in in PT, ES or FI: Colt's VAT check before any order.
			checkRegistration(ctx, r.data.client, plan.CountryCode.ValueString(), plan.EndCustomerName,
				plan.RegistrationNumber, plan.VATNotRegistered, path.Empty(), &resp.Diagnostics)
		}
		checkPortingDate(plan.RequestedDate, resp)
		return
	}

	refuseDirectoryServiceChange(state.DirectoryService, plan.DirectoryService, path.Root("directory_service"),
		"Colt takes the entry with the port-in order, and this provider sends no changed entry for an existing port-in.",
		&resp.Diagnostics)
	resp.RequiresReplace = portInReplacement(&state, &plan)
	if len(resp.RequiresReplace) > 0 && r.data != nil {
		r.data.references.replacing(plan.CustomerReference)
	}
	if len(resp.RequiresReplace) > 0 {
		if completed {
			guardInService(&resp.Diagnostics, "colt_port_in", state.CustomerReference.ValueString(),
				state.DeletionProtection.ValueBool(), true, listStrings(ctx, state.Numbers, &resp.Diagnostics))
		}
		checkPortingDate(plan.RequestedDate, resp)
		return
	}
	switch {
	case completed:
		for _, p := range changed(&state, &plan, portingPaths) {
			resp.Diagnostics.AddAttributeError(p, "Port-in already completed",
				"The port has completed: Colt accepts no port update any more, so "+p.String()+" cannot change. "+
					"Set it back to "+stateValueOf(&state, p)+".")
		}
	default:
		for _, p := range changed(&state, &plan, customerPaths) {
			resp.Diagnostics.AddAttributeError(p, "End customer changes wait for the port",
				"Colt changes the end customer of ported numbers with an update order once the port has completed "+
					"(status "+state.Status.ValueString()+" now); a port update changes only the carrier, date and window. "+
					"Apply this change after the port completes.")
		}
		if !plan.RequestedDate.Equal(state.RequestedDate) {
			checkPortingDate(plan.RequestedDate, resp)
		}
	}
	plan.Status, plan.PortingStatus, plan.OrderIDs = state.Status, state.PortingStatus, state.OrderIDs
	if len(changed(&state, &plan, slices.Concat(portingPaths, customerPaths))) > 0 || !plan.VATNotRegistered.Equal(state.VATNotRegistered) {
		plan.OrderIDs = types.ListUnknown(types.StringType)
		if !completed {
			plan.Status, plan.PortingStatus = types.StringUnknown(), types.StringUnknown()
		}
	}
	resp.Diagnostics.Append(resp.Plan.Set(ctx, &plan)...)
}

// What a port update order changes, and what an update order on the
// ported numbers changes.
var (
	portingPaths  = []path.Path{path.Root("losing_carrier"), path.Root("requested_date"), path.Root("requested_window")}
	customerPaths = []path.Path{path.Root("end_customer_name"), path.Root("registration_number"), path.Root("emergency_address_id")}
)

// portInReplacement lists what Colt cannot change on a port-in: its
// country, its numbers and the regulator approval it was placed with.
func portInReplacement(state, plan *portInModel) path.Paths {
	var out path.Paths
	if !plan.CountryCode.IsUnknown() && !plan.CountryCode.Equal(state.CountryCode) {
		out = append(out, path.Root("country_code"))
	}
	if !plan.Numbers.IsUnknown() && !plan.Numbers.Equal(state.Numbers) {
		out = append(out, path.Root("numbers"))
	}
	if !plan.RegulatorApproval.IsUnknown() && !plan.RegulatorApproval.Equal(state.RegulatorApproval) {
		out = append(out, path.Root("regulator_approval_reference"))
	}
	return out
}

// changed lists which of the string attributes at paths a plan changes.
func changed(state, plan *portInModel, paths []path.Path) []path.Path {
	var out []path.Path
	for _, p := range paths {
		before, after := portInString(state, p), portInString(plan, p)
		if !after.IsUnknown() && before.ValueString() != after.ValueString() {
			out = append(out, p)
		}
	}
	return out
}

func portInString(m *portInModel, p path.Path) types.String {
	switch p.String() {
	case "losing_carrier":
		return m.LosingCarrier
	case "requested_date":
		return m.RequestedDate
	case "requested_window":
		return m.RequestedWindow
	case "end_customer_name":
		return m.EndCustomerName
	case "registration_number":
		return m.RegistrationNumber
	case "emergency_address_id":
		return m.EmergencyAddressID
	}
	return types.StringNull()
}

func stateValueOf(m *portInModel, p path.Path) string {
	v := portInString(m, p)
	if v.IsNull() {
		return "null (remove it)"
	}
	return `"` + v.ValueString() + `"`
}

// checkPortingDate refuses a porting date before today.
func checkPortingDate(date types.String, resp *resource.ModifyPlanResponse) {
	if date.IsUnknown() || date.IsNull() {
		return
	}
	day, err := time.Parse(time.DateOnly, date.ValueString())
	if err != nil {
		return // the attribute validator reports the format
	}
	if today := today(); day.Before(today) {
		resp.Diagnostics.AddAttributeError(path.Root("requested_date"), "Porting date in the past",
			"requested_date "+date.ValueString()+" is before today ("+today.Format(time.DateOnly)+").")
	}
}
