package provider

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var pathActivation = path.Root("activation")

func (r *numberResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer identifyNumber(ctx, resp.Identity, &resp.Diagnostics, &resp.State)
	var plan numberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Create, &resp.Diagnostics)
	defer cancel()
	client = client.OrderSession()

	reservation := colt.ReservationRequest{
		CountryCode:                plan.CountryCode.ValueString(),
		AreaCode:                   plan.AreaCode.ValueString(),
		Quantity:                   int(plan.Quantity.ValueInt64()),
		Numbers:                    listStrings(ctx, plan.Numbers, &resp.Diagnostics),
		RegulatorApprovalReference: plan.RegulatorApprovalReference.ValueString(),
		NumberType:                 plan.NumberType.ValueString(),
	}
	if reservation.Numbers != nil {
		reservation.Quantity, reservation.AreaCode = 0, ""
	}
	order, adopted, err := client.Reserve(ctx, plan.CustomerReference.ValueString(), reservation)
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot reserve Colt numbers", err)
		return
	}
	if adopted && !r.adoptable(ctx, client, order, &resp.Diagnostics) {
		return
	}
	tflog.Info(ctx, "Colt reservation order", map[string]any{"order_id": order.OrderID, "adopted": adopted, "reference": order.CustomerReference})
	// Until the reservation completes there is nothing to save: a re-run
	// adopts the order by its reference.
	order, held, ok := waitForReservation(ctx, client, order, &reservation, &resp.Diagnostics)
	if !ok {
		return
	}
	life := order.CustomerReference
	desired := plan.Activation
	if desired == nil && held != nil { // seen reserved in the inventory as the wait ended
		r.saveHeld(ctx, &plan, held, &resp.State, &resp.Diagnostics)
		return
	}

	if desired != nil && !r.assign(ctx, client, life, 0, order.Numbers, desired, colt.OrderActivation, &resp.Diagnostics) {
		// Reserved but not active: save what exists so nothing is lost;
		// the failed create taints it.
		r.saveFromInventory(ctx, client, &plan, order.Numbers, &resp.State, &resp.Diagnostics)
		return
	}
	r.saveFromInventory(ctx, client, &plan, order.Numbers, &resp.State, &resp.Diagnostics)
}

// adoptable refuses to take over, at create, a reservation whose numbers
// are already in service: an interrupted create of this resource leaves
// reserved numbers, but numbers in service under the reference belong to
// someone's live lines (another configuration, or an earlier life), and
// only an import may bring them under this resource.
func (r *numberResource) adoptable(ctx context.Context, client *colt.Client, order *colt.Order, diags *diag.Diagnostics) bool {
	if order.Status != colt.OrderCompleted {
		return true
	}
	held, err := client.LookupNumbers(ctx, order.Numbers)
	if err != nil {
		addCallError(diags, "Cannot read Colt numbers", err)
		return false
	}
	for _, n := range order.Numbers {
		if d, ok := held[n]; ok && inService(d.Status) {
			diags.AddAttributeError(path.Root("customer_reference"), "Customer reference holds numbers in service",
				fmt.Sprintf("Colt already holds %d number(s) under customer reference %q (reservation order %s), "+
					"and they are in service (%s is %s). This create did not place that order, so the provider will not "+
					"take the numbers over.\n\nIf they belong to this resource (an earlier apply was interrupted after "+
					"activating them), import them: terraform import <address> %s. Otherwise choose another customer_reference.",
					len(order.Numbers), order.CustomerReference, order.OrderID, n, d.Status, order.Numbers[0]))
			return false
		}
	}
	return true
}

// assign activates numbers or updates their end customer data, as
// placeFollowUp does, and reports whether it succeeded.
func (r *numberResource) assign(ctx context.Context, client *colt.Client, life string, done int, numbers []string,
	want *activationBlock, orderType string, diags *diag.Diagnostics) bool {
	place := func(ref string) (*colt.Order, error) {
		request := want.request(ref, numbers)
		if orderType == colt.OrderActivation {
			return client.PlaceActivation(ctx, request)
		}
		return client.PlaceCustomerUpdate(ctx, request)
	}
	matches := func(o *colt.Order) bool {
		if o.OrderType == colt.OrderActivation && o.Status == colt.OrderCompleted {
			orderType = colt.OrderUpdateCustomer // active now: what follows is an update
		}
		return want.matches(o)
	}
	evidence := func(ctx context.Context, ref string) (*colt.Order, error) {
		return client.AssignmentInInventory(ctx, orderType, want.request(ref, numbers))
	}
	confirmed := func(ctx context.Context) (bool, error) {
		o, err := client.AssignmentInInventory(ctx, colt.OrderUpdateCustomer, want.request(life, numbers))
		return o != nil, err
	}
	placed, err := placeFollowUp(ctx, client, life, done, followUp{
		orderType: orderType, place: place, matches: matches, evidence: evidence, confirmed: confirmed,
	}, diags)
	if err != nil {
		addCallError(diags, "Cannot place the Colt "+orderType+" order", err)
	}
	return placed != nil
}

// saveFromInventory writes the state from what Colt holds for numbers. The
// configured activation is kept (with its spelling of optional values) only
// where the inventory shows it: otherwise the inventory's is written, and
// an error says what differs.
func (r *numberResource) saveFromInventory(ctx context.Context, client *colt.Client, m *numberModel, numbers []string,
	state stateSetter, diags *diag.Diagnostics) {
	held, err := client.LookupNumbers(ctx, numbers)
	if err != nil {
		addCallError(diags, "Cannot read Colt numbers", err)
		return
	}
	r.saveHeld(ctx, m, inOrder(numbers, held), state, diags)
}

// saveHeld is saveFromInventory with the inventory entries in hand.
func (r *numberResource) saveHeld(ctx context.Context, m *numberModel, details []colt.NumberDetail,
	state stateSetter, diags *diag.Diagnostics) {
	if len(details) == 0 {
		diags.AddError("Colt numbers missing", "Colt completed the order but does not list the numbers in the inventory.")
		return
	}
	desired := m.Activation
	m.applyInventory(ctx, details, diags)
	switch {
	case desired != nil && sameActivation(desired, m.Activation):
		m.Activation = desired
	case desired != nil && !diags.HasError():
		diags.AddError("Colt does not show the activation",
			fmt.Sprintf("The orders completed, but Colt's inventory shows %s for %s instead of the configured end customer %q. "+
				"The state now records what Colt holds; apply again to place an update order.",
				describeActivation(m.Activation), details[0].Number, desired.EndCustomerName.ValueString()))
	}
	diags.Append(state.Set(ctx, m)...)
}

type stateSetter interface {
	Set(ctx context.Context, val any) diag.Diagnostics
}

func inOrder(numbers []string, held map[string]colt.NumberDetail) []colt.NumberDetail {
	out := make([]colt.NumberDetail, 0, len(numbers))
	for _, n := range numbers {
		if d, ok := held[n]; ok {
			out = append(out, d)
		}
	}
	return out
}

func (r *numberResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	defer identifyNumber(ctx, resp.Identity, &resp.Diagnostics, &resp.State, &req.State)
	var state numberModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	before := state.clone()
	numbers := listStrings(ctx, state.Numbers, &resp.Diagnostics)
	importing := len(numbers) == 0
	if importing { // the id is one number of the block
		block, ok := r.blockOf(ctx, client, state.ID.ValueString(), &resp.Diagnostics)
		if !ok {
			return
		}
		numbers = block
		state.ID = types.StringValue(block[0])
		markImported(ctx, resp.Private, &resp.Diagnostics)
	}
	held, err := client.Refresh().LookupNumbers(ctx, numbers)
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt numbers", err)
		return
	}
	details := inOrder(numbers, held)
	if len(details) == 0 {
		tflog.Warn(ctx, "Colt no longer lists the numbers; removing them from state", map[string]any{"id": state.ID.ValueString()})
		resp.State.RemoveResource(ctx)
		return
	}
	configured := state.Activation
	if state.DeletionProtection.IsNull() { // imported
		state.DeletionProtection = types.BoolValue(true)
	}
	state.applyInventory(ctx, details, &resp.Diagnostics)
	if !importing && wasImported(ctx, req.Private, &resp.Diagnostics) {
		state.fillImportedShape(details)
	}
	if state.CustomerReference.IsNull() {
		state.CustomerReference = types.StringValue(colt.BaseReference(state.OrderReference.ValueString()))
	}
	state.Activation = keepSpelling(configured, state.Activation)
	if reflect.DeepEqual(before, state) {
		return // resp.State holds it already; writing it again is most of a refresh's CPU
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func describeActivation(a *activationBlock) string {
	if a == nil {
		return "no activation"
	}
	return fmt.Sprintf("end customer %q", a.EndCustomerName.ValueString())
}

// keepSpelling keeps null optional values of the configuration where Colt
// reports them as empty, so that only real differences show as drift.
func keepSpelling(configured, actual *activationBlock) *activationBlock {
	if configured == nil || actual == nil {
		return actual
	}
	if configured.RegistrationNumber.IsNull() && actual.RegistrationNumber.IsNull() {
		actual.RegistrationNumber = configured.RegistrationNumber
	}
	if configured.EmergencyAddressID.IsNull() && actual.EmergencyAddressID.IsNull() {
		actual.EmergencyAddressID = configured.EmergencyAddressID
	}
	return actual
}

// blockOf finds the block a number belongs to: every number brought in by
// the same reservation or port-in.
func (r *numberResource) blockOf(ctx context.Context, client *colt.Client, number string, diags *diag.Diagnostics) ([]string, bool) {
	held, err := client.LookupNumbers(ctx, []string{number})
	if err != nil {
		addCallError(diags, "Cannot read Colt number "+number, err)
		return nil, false
	}
	d, ok := held[number]
	if !ok {
		diags.AddError("Number not in the inventory", number+" is not held by this Colt account, so it cannot be imported.")
		return nil, false
	}
	if d.Status == colt.StatusPortInActivated || d.Status == colt.StatusPorting {
		portIn := "its port-in order"
		if len(d.OrderIDs) > 0 {
			portIn = "port-in order " + d.OrderIDs[0]
		}
		diags.AddError("Number belongs to a port-in",
			fmt.Sprintf("%s came to Colt with %s (status %s), which colt_port_in manages: import colt_port_in with "+
				"the order id instead. A completed port-in can then become a colt_number with a moved block "+
				"(moved { from = colt_port_in.NAME  to = colt_number.NAME }).", number, portIn, d.Status))
		return nil, false
	}
	block, err := client.ListNumbers(ctx, colt.NumberQuery{CustomerReference: d.CustomerReference})
	if err != nil {
		addCallError(diags, "Cannot read the block of "+number, err)
		return nil, false
	}
	out := make([]string, len(block))
	for i, b := range block {
		out[i] = b.Number
	}
	return out, true
}

func (r *numberResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer identifyNumber(ctx, resp.Identity, &resp.Diagnostics, &resp.State)
	var plan, state numberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Update, &resp.Diagnostics)
	defer cancel()
	client = client.OrderSession()

	numbers := listStrings(ctx, state.Numbers, &resp.Diagnostics)
	if plan.Activation != nil && !sameActivation(plan.Activation, state.Activation) {
		orderType := colt.OrderUpdateCustomer
		if state.Activation == nil {
			orderType = colt.OrderActivation
		}
		// The follow-up orders Colt holds for the numbers (every order
		// id but the reservation's) give the next order's reference; the
		// last one may still be running, and is then found and adopted.
		done := max(len(listStrings(ctx, state.OrderIDs, &resp.Diagnostics))-1, 0)
		if !r.assign(ctx, client, state.OrderReference.ValueString(), done, numbers, plan.Activation, orderType, &resp.Diagnostics) {
			return
		}
	}
	r.saveFromInventory(ctx, client, &plan, numbers, &resp.State, &resp.Diagnostics)
}

func sameActivation(a, b *activationBlock) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.EndCustomerName.Equal(b.EndCustomerName) &&
		a.RegistrationNumber.ValueString() == b.RegistrationNumber.ValueString() &&
		a.EmergencyAddressID.ValueString() == b.EmergencyAddressID.ValueString() &&
		a.DirectoryListing.ValueBool() == b.DirectoryListing.ValueBool()
}

func (r *numberResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state numberModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, state.Timeouts.Delete, &resp.Diagnostics)
	defer cancel()
	client = client.OrderSession()
	if inService(state.Status.ValueString()) && state.DeletionProtection.ValueBool() {
		guardInService(&resp.Diagnostics, "colt_number", state.CustomerReference.ValueString(), true, false,
			listStrings(ctx, state.Numbers, &resp.Diagnostics))
		return
	}
	// The plan's refresh just read the block: numbers it showed Reserved
	// or Activated are returned without reading them again (a return
	// Colt refuses makes returnNumbers read them).
	status := state.Status.ValueString()
	refreshed := status == colt.StatusReserved || status == colt.StatusActivated
	returnNumbers(ctx, client, state.OrderReference.ValueString(),
		listStrings(ctx, state.Numbers, &resp.Diagnostics), refreshed, &resp.Diagnostics)
}

// returnable reads which of numbers Colt holds in a status they can be
// returned from (not while being ported in).
func returnable(ctx context.Context, client *colt.Client, numbers []string, diags *diag.Diagnostics) ([]string, bool) {
	held, err := client.LookupNumbers(ctx, numbers)
	if err != nil {
		addCallError(diags, "Cannot read Colt numbers", err)
		return nil, false
	}
	var give []string
	for _, n := range numbers {
		if d, ok := held[n]; ok && d.Status != colt.StatusPorting {
			give = append(give, n)
		}
	}
	return give, true
}

// awaitReturned watches the inventory until none of a refused return's
// numbers is held, for at most colt.DefaultEvidenceWait.
func awaitReturned(ctx context.Context, client *colt.Client, request colt.ReturnRequest, diags *diag.Diagnostics) {
	ctx, cancel := context.WithTimeout(ctx, colt.DefaultEvidenceWait)
	defer cancel()
	for wait := orderPollMin; ; wait = min(wait*2, orderPollMax) {
		gone, err := client.ReturnInInventory(ctx, request)
		if gone != nil {
			return
		}
		if err == nil {
			tflog.Info(ctx, "Colt refused the return (409/205) and still holds the numbers; waiting for the order changing them",
				map[string]any{"numbers": request.Numbers})
		}
		select {
		case <-ctx.Done():
			diags.AddError("Cannot return Colt numbers",
				fmt.Sprintf("Colt refused the return of %s (409/205: not held in the required status) and still holds them after %v: "+
					"another order may be changing them. Find it in Colt's portal, or run destroy again once it has completed.",
					strings.Join(request.Numbers, ", "), colt.DefaultEvidenceWait))
			return
		case <-time.After(wait):
		}
	}
}

// returnNumbers gives back whichever of numbers the account still holds,
// with the life's one return order. refreshed says the numbers were all
// held in a returnable status when the plan was made: they are then not
// read again unless Colt refuses the return.
func returnNumbers(ctx context.Context, client *colt.Client, life string, numbers []string, refreshed bool, diags *diag.Diagnostics) {
	give := numbers
	if !refreshed {
		var ok bool
		if give, ok = returnable(ctx, client, numbers, diags); !ok || len(give) == 0 {
			return // already gone: nothing to return
		}
	}
	for attempt := 1; ; attempt++ {
		ref := colt.ReturnReference(life, attempt)
		request := colt.ReturnRequest{CustomerReference: ref, Numbers: give}
		evidence := func(ctx context.Context) (*colt.Order, error) { return client.ReturnInInventory(ctx, request) }
		order, adopted, err := client.EnsureOrder(ctx, ref, colt.OrderReturn, evidence, func() (*colt.Order, error) {
			return client.PlaceReturn(ctx, request)
		})
		if err != nil && refreshed {
			// Refused: the numbers may have changed since the plan.
			// Return what is still held.
			refreshed = false
			held, ok := returnable(ctx, client, give, diags)
			if !ok {
				addCallError(diags, "Cannot return Colt numbers", err)
			}
			if !ok || len(held) == 0 {
				return
			}
			if !slices.Equal(held, give) {
				give = held
				continue
			}
		}
		if isRow(err, "409/205") {
			// Not held in a returnable status: returned meanwhile, or
			// busy with an order still running (an earlier, interrupted
			// destroy's return). Done only once Colt no longer holds them.
			awaitReturned(ctx, client, request, diags)
			return
		}
		if err != nil {
			addCallError(diags, "Cannot return Colt numbers", err)
			return
		}
		if adopted && order.Status == colt.OrderFailed {
			continue // an earlier attempt failed; its reference is spent
		}
		waitForOrder(ctx, client, order, diags)
		return
	}
}
