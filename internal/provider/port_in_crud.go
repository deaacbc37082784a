package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

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
		DirectoryService:           m.DirectoryService.wire(),
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
	m.DirectoryService = directoryServiceFrom(o.DirectoryService)
	if m.CustomerReference.IsNull() || m.CustomerReference.IsUnknown() {
		m.CustomerReference = types.StringValue(colt.BaseReference(o.CustomerReference))
	}
	if m.WaitForCompletion.IsNull() || m.WaitForCompletion.IsUnknown() {
		m.WaitForCompletion = types.BoolValue(false)
	}
}

func (r *portInResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer identifyPortIn(ctx, resp.Identity, &resp.Diagnostics, &resp.State)
	var plan portInModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Create, &resp.Diagnostics)
	defer cancel()
	client = client.OrderSession()

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
	defer identifyPortIn(ctx, resp.Identity, &resp.Diagnostics, &resp.State, &req.State)
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
	if order.OrderType != colt.OrderPortIn {
		resp.Diagnostics.AddError("Not a port-in order",
			fmt.Sprintf("Colt order %s is a %s order, not a port-in. colt_port_in manages port-in orders only. "+
				"Numbers reserved by a reservation order are imported as colt_number, by one of their numbers (%s).",
				order.OrderID, order.OrderType, strings.Join(order.Numbers, ", ")))
		return
	}
	if order.Status == colt.OrderFailed {
		tflog.Warn(ctx, "Colt port-in failed or was cancelled; removing it from state",
			map[string]any{"order_id": order.OrderID, "reason": order.FailureReason})
		resp.State.RemoveResource(ctx)
		return
	}
	state.applyOrder(ctx, order, &resp.Diagnostics)
	if order.Status == colt.OrderCompleted && !state.applyHeld(ctx, client.Refresh(), &resp.Diagnostics) {
		if !resp.Diagnostics.HasError() {
			resp.State.RemoveResource(ctx) // returned outside Terraform
		}
		return
	}
	if state.DeletionProtection.IsNull() { // imported
		state.DeletionProtection = types.BoolValue(true)
	}
	if state.OrderIDs.IsNull() {
		state.OrderIDs = stringList(ctx, []string{order.OrderID}, &resp.Diagnostics)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *portInResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer identifyPortIn(ctx, resp.Identity, &resp.Diagnostics, &resp.State)
	var plan, state portInModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Update, &resp.Diagnostics)
	defer cancel()
	client = client.OrderSession()

	// The port-in's follow-up orders in state (every order id but the
	// port-in's own) give the next order's reference; the last one may
	// still be running, and is then found and adopted.
	orderIDs := listStrings(ctx, state.OrderIDs, &resp.Diagnostics)
	done := max(len(orderIDs)-1, 0)
	if !plan.LosingCarrier.Equal(state.LosingCarrier) || !plan.RequestedDate.Equal(state.RequestedDate) ||
		!plan.RequestedWindow.Equal(state.RequestedWindow) {
		update, ok := r.placeUpdate(ctx, client, &state, &plan, done, &resp.Diagnostics)
		if !ok {
			return
		}
		orderIDs, done = append(orderIDs, update.OrderID), done+1
	}
	if state.Status.ValueString() == colt.OrderCompleted && customerChanged(&state, &plan) {
		update, ok := r.updateCustomer(ctx, client, &state, &plan, done, &resp.Diagnostics)
		if !ok {
			return
		}
		orderIDs = append(orderIDs, update.OrderID)
	}
	order, err := client.GetOrder(ctx, state.ID.ValueString())
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt port-in order "+state.ID.ValueString(), err)
		return
	}
	desired := plan
	plan.applyOrder(ctx, order, &resp.Diagnostics)
	if order.Status == colt.OrderCompleted && !plan.applyHeld(ctx, client, &resp.Diagnostics) {
		return
	}
	if customerChanged(&plan, &desired) {
		resp.Diagnostics.AddError("Colt does not show the end customer change",
			"The update order completed, but Colt's inventory shows end customer "+plan.EndCustomerName.String()+
				" for the ported numbers. The state records what Colt holds; apply again to place another update order.")
	}
	plan.OrderIDs = stringList(ctx, orderIDs, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func customerChanged(a, b *portInModel) bool { return len(changed(a, b, customerPaths)) > 0 }

// assignment is the update order that gives the ported numbers m's end
// customer data.
func (m *portInModel) assignment(ref string, numbers []string) colt.AssignmentRequest {
	return colt.AssignmentRequest{
		CustomerReference: ref,
		Numbers:           numbers,
		EndCustomer: colt.EndCustomer{
			Name:               m.EndCustomerName.ValueString(),
			RegistrationNumber: m.RegistrationNumber.ValueString(),
			NotRegistered:      m.VATNotRegistered.ValueBool(),
		},
		EmergencyAddressID: m.EmergencyAddressID.ValueString(),
	}
}

// updateCustomer places (or adopts) the update order that gives a
// completed port-in's numbers plan's end customer data, and waits for it.
func (r *portInResource) updateCustomer(ctx context.Context, client *colt.Client, state, plan *portInModel, done int,
	diags *diag.Diagnostics) (*colt.Order, bool) {
	numbers := listStrings(ctx, state.Numbers, diags)
	want := func(ref string) colt.AssignmentRequest { return plan.assignment(ref, numbers) }
	updated, err := placeFollowUp(ctx, client, state.OrderReference.ValueString(), done, followUp{
		orderType: colt.OrderUpdateCustomer,
		place:     func(ref string) (*colt.Order, error) { return client.PlaceCustomerUpdate(ctx, want(ref)) },
		matches: func(o *colt.Order) bool {
			return o.EndCustomer != nil && o.EndCustomer.Name == plan.EndCustomerName.ValueString() &&
				o.EndCustomer.RegistrationNumber == plan.RegistrationNumber.ValueString() &&
				o.EmergencyAddressID == plan.EmergencyAddressID.ValueString()
		},
		evidence: func(ctx context.Context, ref string) (*colt.Order, error) {
			return client.AssignmentInInventory(ctx, colt.OrderUpdateCustomer, want(ref))
		},
		confirmed: func(ctx context.Context) (bool, error) {
			o, err := client.AssignmentInInventory(ctx, colt.OrderUpdateCustomer, want(""))
			return o != nil, err
		},
	}, diags)
	if err != nil {
		addCallError(diags, "Cannot place the Colt update order for the ported numbers", err)
	}
	return updated, updated != nil
}

// applyHeld sets, for a completed port-in, the end customer data the
// inventory holds for its numbers (update orders change them there, not on
// the port-in order). It reports false when the numbers are gone.
func (m *portInModel) applyHeld(ctx context.Context, client *colt.Client, diags *diag.Diagnostics) bool {
	numbers := listStrings(ctx, m.Numbers, diags)
	held, err := client.LookupNumbers(ctx, numbers)
	if err != nil {
		addCallError(diags, "Cannot read Colt numbers", err)
		return false
	}
	if len(numbers) == 0 {
		return false
	}
	d, ok := held[numbers[0]]
	if !ok {
		return false
	}
	if d.EndCustomer != nil {
		m.EndCustomerName = types.StringValue(d.EndCustomer.Name)
		m.RegistrationNumber = optionalString(d.EndCustomer.RegistrationNumber)
	}
	m.EmergencyAddressID = optionalString(d.EmergencyAddressID)
	return true
}

// placeUpdate places (or adopts) the port update order carrying plan's
// carrier, date and window, and waits for it.
func (r *portInResource) placeUpdate(ctx context.Context, client *colt.Client, state, plan *portInModel, done int,
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
	confirmed := func(ctx context.Context) (bool, error) {
		o, err := client.GetOrder(ctx, state.ID.ValueString())
		return err == nil && matches(o), err
	}
	updated, err := placeFollowUp(ctx, client, state.OrderReference.ValueString(), done,
		followUp{orderType: colt.OrderPortUpdate, place: place, matches: matches, confirmed: confirmed}, diags)
	switch {
	case isRow(err, "409/208"):
		diags.AddAttributeError(path.Root("requested_date"), "Port-in can no longer be changed",
			err.Error()+"\n\nColt accepts changes only before a port completes.")
	case err != nil:
		addCallError(diags, "Cannot place the Colt port update order", err)
	}
	return updated, updated != nil
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
	client = client.OrderSession()
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
		if state.DeletionProtection.ValueBool() { // completed since the plan
			guardInService(&resp.Diagnostics, "colt_port_in", state.CustomerReference.ValueString(), true, false, order.Numbers)
			return
		}
		returnNumbers(ctx, client, life, order.Numbers, false, &resp.Diagnostics)
		return
	}
	ref := colt.CancelReference(life)
	cancelOrder, _, err := client.EnsureOrder(ctx, ref, colt.OrderPortUpdate, nil, func() (*colt.Order, error) {
		return client.PlacePortUpdate(ctx, colt.PortUpdateRequest{CustomerReference: ref, PortInOrderID: order.OrderID, Cancel: true})
	})
	if isRow(err, "409/208") {
		// It completed meanwhile: give the numbers back instead.
		returnNumbers(ctx, client, life, order.Numbers, false, &resp.Diagnostics)
		return
	}
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot cancel the Colt port-in", err)
		return
	}
	waitForOrder(ctx, client, cancelOrder, &resp.Diagnostics)
}
