package provider

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// ModifyPlan checks a new port-in's registration number with Colt, and that
// a new or changed porting date is not in the past (not a config validator:
// an existing port's date may lie in the past).
func (r *portInResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var plan portInModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() || plan.RequestedDate.IsUnknown() {
		return
	}
	if req.State.Raw.IsNull() && r.data != nil && !r.data.unknownConfig && !plan.CountryCode.IsUnknown() {
		// A new port-in in PT, ES or FI: Colt's VAT check before any order.
		checkRegistration(ctx, r.data.client, plan.CountryCode.ValueString(), plan.EndCustomerName,
			plan.RegistrationNumber, plan.VATNotRegistered, path.Empty(), &resp.Diagnostics)
	}
	if !req.State.Raw.IsNull() {
		var state portInModel
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
		if state.RequestedDate.Equal(plan.RequestedDate) {
			return
		}
	}
	date, err := time.Parse(time.DateOnly, plan.RequestedDate.ValueString())
	if err != nil {
		return // the attribute validator reports the format
	}
	if today := time.Now().UTC().Truncate(24 * time.Hour); date.Before(today) {
		resp.Diagnostics.AddAttributeError(path.Root("requested_date"), "Porting date in the past",
			"requested_date "+plan.RequestedDate.ValueString()+" is before today ("+today.Format(time.DateOnly)+").")
	}
}

func (m *portInModel) request(life string, numbers []string) colt.PortInRequest {
	return colt.PortInRequest{
		CustomerReference: life,
		CountryCode:       m.CountryCode.ValueString(),
		Numbers:           numbers,
		LosingCarrier:     m.LosingCarrier.ValueString(),
		RequestedDate:     m.RequestedDate.ValueString(),
		RequestedWindow:   m.RequestedWindow.ValueString(),
		EndCustomer: colt.EndCustomer{
			Name:               m.EndCustomerName.ValueString(),
			RegistrationNumber: m.RegistrationNumber.ValueString(),
			NotRegistered:      m.VATNotRegistered.ValueBool(),
		},
		EmergencyAddressID:         m.EmergencyAddressID.ValueString(),
		RegulatorApprovalReference: m.RegulatorApproval.ValueString(),
	}
}

// applyOrder sets what the port-in order says.
func (m *portInModel) applyOrder(ctx context.Context, o *colt.Order, diags *diag.Diagnostics) {
	m.ID = types.StringValue(o.OrderID)
	m.OrderReference = types.StringValue(o.CustomerReference)
	m.Status = types.StringValue(o.Status)
	m.PortingStatus = types.StringValue(o.PortingStatus)
	m.CountryCode = types.StringValue(o.CountryCode)
	m.Numbers = stringList(ctx, o.Numbers, diags)
	m.LosingCarrier = types.StringValue(o.LosingCarrier)
	m.RequestedDate = types.StringValue(o.RequestedDate)
	m.RequestedWindow = types.StringValue(o.RequestedWindow)
	if o.EndCustomer != nil {
		m.EndCustomerName = types.StringValue(o.EndCustomer.Name)
		m.RegistrationNumber = optionalString(o.EndCustomer.RegistrationNumber)
	}
	m.EmergencyAddressID = optionalString(o.EmergencyAddressID)
	m.RegulatorApproval = optionalString(o.RegulatorApprovalReference)
	if m.CustomerReference.IsNull() || m.CustomerReference.IsUnknown() {
		m.CustomerReference = types.StringValue(colt.BaseReference(o.CustomerReference))
	}
	if m.WaitForCompletion.IsNull() || m.WaitForCompletion.IsUnknown() {
		m.WaitForCompletion = types.BoolValue(false)
	}
}

func (r *portInResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan portInModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Create, &resp.Diagnostics)
	defer cancel()

	numbers := listStrings(ctx, plan.Numbers, &resp.Diagnostics)
	matches := func(o *colt.Order) bool {
		return o.OrderType == colt.OrderPortIn && o.CountryCode == plan.CountryCode.ValueString() && colt.SameNumbers(o.Numbers, numbers)
	}
	order, adopted, err := client.StartLife(ctx, plan.CustomerReference.ValueString(), colt.OrderPortIn, matches, func(life string) (*colt.Order, error) {
		return client.PlacePortIn(ctx, plan.request(life, numbers))
	})
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot place the Colt port-in order", err)
		return
	}
	tflog.Info(ctx, "Colt port-in order", map[string]any{"order_id": order.OrderID, "adopted": adopted})
	if plan.WaitForCompletion.ValueBool() {
		var ok bool
		if order, ok = waitForOrder(ctx, client, order, &resp.Diagnostics); !ok {
			return
		}
	}
	plan.applyOrder(ctx, order, &resp.Diagnostics)
	plan.OrderIDs = stringList(ctx, []string{order.OrderID}, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *portInResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state portInModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	order, err := client.GetOrder(ctx, state.ID.ValueString())
	if isRow(err, "404/206") {
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt port-in order "+state.ID.ValueString(), err)
		return
	}
	if order.Status == colt.OrderFailed {
		tflog.Warn(ctx, "Colt port-in failed or was cancelled; removing it from state",
			map[string]any{"order_id": order.OrderID, "reason": order.FailureReason})
		resp.State.RemoveResource(ctx)
		return
	}
	if order.Status == colt.OrderCompleted {
		held, err := client.LookupNumbers(ctx, order.Numbers)
		if err != nil {
			addCallError(&resp.Diagnostics, "Cannot read Colt numbers", err)
			return
		}
		if len(held) == 0 {
			resp.State.RemoveResource(ctx) // returned outside Terraform
			return
		}
	}
	state.applyOrder(ctx, order, &resp.Diagnostics)
	if state.OrderIDs.IsNull() {
		state.OrderIDs = stringList(ctx, []string{order.OrderID}, &resp.Diagnostics)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *portInResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state portInModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Update, &resp.Diagnostics)
	defer cancel()

	orderIDs := listStrings(ctx, state.OrderIDs, &resp.Diagnostics)
	if !plan.LosingCarrier.Equal(state.LosingCarrier) || !plan.RequestedDate.Equal(state.RequestedDate) ||
		!plan.RequestedWindow.Equal(state.RequestedWindow) {
		n := followUps(ctx, req.Private, &resp.Diagnostics)
		update, ok := r.placeUpdate(ctx, client, &state, &plan, &n, &resp.Diagnostics)
		if !ok {
			// The last order may still be running: a re-run derives its
			// reference again and adopts it.
			setFollowUps(ctx, resp.Private, n-1, &resp.Diagnostics)
			return
		}
		setFollowUps(ctx, resp.Private, n, &resp.Diagnostics)
		orderIDs = append(orderIDs, update.OrderID)
	}
	order, err := client.GetOrder(ctx, state.ID.ValueString())
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt port-in order "+state.ID.ValueString(), err)
		return
	}
	plan.applyOrder(ctx, order, &resp.Diagnostics)
	plan.OrderIDs = stringList(ctx, orderIDs, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// placeUpdate places (or adopts) the port update order carrying plan's
// carrier, date and window, and waits for it.
func (r *portInResource) placeUpdate(ctx context.Context, client *colt.Client, state, plan *portInModel, n *int,
	diags *diag.Diagnostics) (*colt.Order, bool) {
	request := colt.PortUpdateRequest{
		PortInOrderID:   state.ID.ValueString(),
		LosingCarrier:   plan.LosingCarrier.ValueString(),
		RequestedDate:   plan.RequestedDate.ValueString(),
		RequestedWindow: plan.RequestedWindow.ValueString(),
	}
	place := func(ref string) (*colt.Order, error) {
		request.CustomerReference = ref
		return client.PlacePortUpdate(ctx, request)
	}
	matches := func(o *colt.Order) bool {
		return o.LosingCarrier == request.LosingCarrier && o.RequestedDate == request.RequestedDate &&
			o.RequestedWindow == request.RequestedWindow
	}
	done, err := placeFollowUp(ctx, client, state.OrderReference.ValueString(), n,
		followUp{orderType: colt.OrderPortUpdate, place: place, matches: matches}, diags)
	switch {
	case isRow(err, "409/208"):
		diags.AddAttributeError(path.Root("requested_date"), "Port-in can no longer be changed",
			err.Error()+"\n\nColt accepts changes only before a port completes.")
	case err != nil:
		addCallError(diags, "Cannot place the Colt port update order", err)
	}
	return done, done != nil
}

func (r *portInResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state portInModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, state.Timeouts.Delete, &resp.Diagnostics)
	defer cancel()

	order, err := client.GetOrder(ctx, state.ID.ValueString())
	if isRow(err, "404/206") {
		return
	}
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt port-in order "+state.ID.ValueString(), err)
		return
	}
	life := state.OrderReference.ValueString()
	switch order.Status {
	case colt.OrderFailed:
		return // failed or cancelled already: nothing to undo
	case colt.OrderCompleted:
		returnNumbers(ctx, client, life, order.Numbers, &resp.Diagnostics)
		return
	}
	ref := colt.CancelReference(life)
	cancelOrder, _, err := client.EnsureOrder(ctx, ref, colt.OrderPortUpdate, nil, func() (*colt.Order, error) {
		return client.PlacePortUpdate(ctx, colt.PortUpdateRequest{CustomerReference: ref, PortInOrderID: order.OrderID, Cancel: true})
	})
	if isRow(err, "409/208") {
		// It completed meanwhile: give the numbers back instead.
		returnNumbers(ctx, client, life, order.Numbers, &resp.Diagnostics)
		return
	}
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot cancel the Colt port-in", err)
		return
	}
	waitForOrder(ctx, client, cancelOrder, &resp.Diagnostics)
}
