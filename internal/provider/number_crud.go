package provider

import (
	"context"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// followUpKey keeps, in private state, how many follow-up orders
// (activation, updates) the current life has placed: the next one's
// reference is derived from it, so a re-run after a crash derives the same.
const followUpKey = "follow_up_orders"

var pathActivation = path.Root("activation")

type privateState interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
	SetKey(ctx context.Context, key string, value []byte) diag.Diagnostics
}

func followUps(ctx context.Context, p privateState, diags *diag.Diagnostics) int {
	raw, d := p.GetKey(ctx, followUpKey)
	diags.Append(d...)
	n, _ := strconv.Atoi(string(raw))
	return n
}

func setFollowUps(ctx context.Context, p privateState, n int, diags *diag.Diagnostics) {
	diags.Append(p.SetKey(ctx, followUpKey, []byte(strconv.Itoa(n)))...)
}

func (r *numberResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan numberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Create, &resp.Diagnostics)
	defer cancel()

	reservation := colt.ReservationRequest{
		CountryCode:                plan.CountryCode.ValueString(),
		AreaCode:                   plan.AreaCode.ValueString(),
		Quantity:                   int(plan.Quantity.ValueInt64()),
		Numbers:                    listStrings(ctx, plan.Numbers, &resp.Diagnostics),
		RegulatorApprovalReference: plan.RegulatorApprovalReference.ValueString(),
	}
	if reservation.Numbers != nil {
		reservation.Quantity, reservation.AreaCode = 0, ""
	}
	order, adopted, err := client.Reserve(ctx, plan.CustomerReference.ValueString(), reservation)
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot reserve Colt numbers", err)
		return
	}
	tflog.Info(ctx, "Colt reservation order", map[string]any{"order_id": order.OrderID, "adopted": adopted, "reference": order.CustomerReference})
	// Until the reservation completes there is nothing to save: a re-run
	// adopts the order by its reference.
	order, ok := waitForOrder(ctx, client, order, &resp.Diagnostics)
	if !ok {
		return
	}
	life := order.CustomerReference
	desired := plan.Activation

	if desired != nil {
		n := 0
		if !r.assign(ctx, client, life, &n, order.Numbers, desired, colt.OrderActivation, &resp.Diagnostics) {
			// Reserved but not active: save what exists so nothing is lost;
			// the failed create taints it.
			plan.Activation = nil
			r.saveFromInventory(ctx, client, &plan, order.Numbers, resp.Private, n-1, &resp.State, &resp.Diagnostics)
			return
		}
		setFollowUps(ctx, resp.Private, n, &resp.Diagnostics)
	}
	r.saveFromInventory(ctx, client, &plan, order.Numbers, resp.Private, -1, &resp.State, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	if desired != nil {
		// Keep the configured spelling of optional values.
		plan.Activation = desired
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, pathActivation, desired)...)
	}
}

// assign activates numbers or updates their end customer data, as
// placeFollowUp does, and reports whether it succeeded.
func (r *numberResource) assign(ctx context.Context, client *colt.Client, life string, n *int, numbers []string,
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
	done, err := placeFollowUp(ctx, client, life, n, followUp{orderType: orderType, place: place, matches: matches, evidence: evidence}, diags)
	if err != nil {
		addCallError(diags, "Cannot place the Colt "+orderType+" order", err)
	}
	return done != nil
}

// saveFromInventory writes the state from what Colt holds for numbers.
func (r *numberResource) saveFromInventory(ctx context.Context, client *colt.Client, m *numberModel, numbers []string,
	private privateState, followUpOrders int, state stateSetter, diags *diag.Diagnostics) {
	held, err := client.LookupNumbers(ctx, numbers)
	if err != nil {
		addCallError(diags, "Cannot read Colt numbers", err)
		return
	}
	details := inOrder(numbers, held)
	if len(details) == 0 {
		diags.AddError("Colt numbers missing", "Colt completed the order but does not list the numbers in the inventory.")
		return
	}
	activation := m.Activation
	m.applyInventory(ctx, details, diags)
	if activation != nil && m.Activation != nil {
		m.Activation = activation
	}
	if followUpOrders >= 0 {
		setFollowUps(ctx, private, followUpOrders, diags)
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
	var state numberModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	numbers := listStrings(ctx, state.Numbers, &resp.Diagnostics)
	if len(numbers) == 0 { // import: the id is one number of the block
		block, ok := r.blockOf(ctx, client, state.ID.ValueString(), &resp.Diagnostics)
		if !ok {
			return
		}
		numbers = block
		state.ID = types.StringValue(block[0])
	}
	held, err := client.LookupNumbers(ctx, numbers)
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
	state.applyInventory(ctx, details, &resp.Diagnostics)
	if state.CustomerReference.IsNull() {
		state.CustomerReference = types.StringValue(colt.BaseReference(state.OrderReference.ValueString()))
	}
	state.Activation = keepSpelling(configured, state.Activation)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
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
	var plan, state numberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	client := r.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() || client == nil {
		return
	}
	ctx, cancel := orderContext(ctx, plan.Timeouts.Update, &resp.Diagnostics)
	defer cancel()

	numbers := listStrings(ctx, state.Numbers, &resp.Diagnostics)
	n := followUps(ctx, req.Private, &resp.Diagnostics)
	if plan.Activation != nil && !sameActivation(plan.Activation, state.Activation) {
		orderType := colt.OrderUpdateCustomer
		if state.Activation == nil {
			orderType = colt.OrderActivation
		}
		if !r.assign(ctx, client, state.OrderReference.ValueString(), &n, numbers, plan.Activation, orderType, &resp.Diagnostics) {
			// The last order may still be running: a re-run derives its
			// reference again and adopts it.
			setFollowUps(ctx, resp.Private, n-1, &resp.Diagnostics)
			return
		}
	}
	desired := plan.Activation
	r.saveFromInventory(ctx, client, &plan, numbers, resp.Private, n, &resp.State, &resp.Diagnostics)
	if desired != nil && !resp.Diagnostics.HasError() {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, pathActivation, desired)...)
	}
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
	returnNumbers(ctx, client, state.OrderReference.ValueString(),
		listStrings(ctx, state.Numbers, &resp.Diagnostics), &resp.Diagnostics)
}

// returnNumbers gives back whichever of numbers the account still holds,
// with the life's one return order.
func returnNumbers(ctx context.Context, client *colt.Client, life string, numbers []string, diags *diag.Diagnostics) {
	held, err := client.LookupNumbers(ctx, numbers)
	if err != nil {
		addCallError(diags, "Cannot read Colt numbers", err)
		return
	}
	var give []string
	for _, n := range numbers {
		if d, ok := held[n]; ok && d.Status != colt.StatusPorting {
			give = append(give, n)
		}
	}
	if len(give) == 0 {
		return // already gone: nothing to return
	}
	for attempt := 1; ; attempt++ {
		ref := colt.ReturnReference(life, attempt)
		request := colt.ReturnRequest{CustomerReference: ref, Numbers: give}
		evidence := func(ctx context.Context) (*colt.Order, error) { return client.ReturnInInventory(ctx, request) }
		order, adopted, err := client.EnsureOrder(ctx, ref, colt.OrderReturn, evidence, func() (*colt.Order, error) {
			return client.PlaceReturn(ctx, request)
		})
		if isRow(err, "409/205") {
			return // returned meanwhile by someone else
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
