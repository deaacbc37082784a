package mock

import (
	"fmt"
	"slices"
	"time"
)

// reservationOrder holds explicit numbers, or a contiguous block of
// quantity free numbers from an area's pool, for 90 days.
type reservationOrder struct {
	body  reservationBody
	block []string // the numbers held: explicit, or the block found by admit
}

func (r *reservationOrder) reference() string { return r.body.CustomerReference }

func (r *reservationOrder) prepare() *apiError {
	b := &r.body
	if e := requireReference(b.CustomerReference); e != nil {
		return e
	}
	if b.CountryCode == "" {
		return fail(errBadBody, "missing required field countryCode")
	}
	switch hasNumbers, hasQuantity := len(b.Numbers) > 0, b.Quantity != nil; {
	case hasNumbers && hasQuantity:
		return fail(errBadBody, "send either numbers or quantity, not both")
	case !hasNumbers && !hasQuantity:
		return fail(errBadBody, "missing required field numbers or quantity")
	}
	if e := checkKind("numberType", b.NumberType); e != nil {
		return e
	}
	if len(b.Numbers) > 0 {
		return requireNumbers(b.Numbers) // numberType defaults to the numbers' kind (check)
	}
	if b.NumberType == "" {
		b.NumberType = kindGeographic
	}
	if c, ok := countries[b.CountryCode]; ok && b.AreaCode == "" && b.NumberType == kindGeographic {
		b.AreaCode = c.defaultArea
	}
	return nil
}

func (r *reservationOrder) canonical() string { return canonicalJSON(&r.body, &r.body.Numbers) }

func (r *reservationOrder) check(time.Time) *apiError {
	b := &r.body
	c, ok := countries[b.CountryCode]
	if !ok {
		e := countryError(b.CountryCode)
		return &e
	}
	if b.NumberType == kindNomadic && b.AreaCode != "" {
		return fail(errBadAreaCode, "nomadic numbers have no area code: leave areaCode out")
	}
	if b.AreaCode != "" && !c.validArea(b.AreaCode) {
		e := areaCodeError(b.CountryCode, c)
		return &e
	}
	count := len(b.Numbers)
	if b.Quantity != nil {
		count = *b.Quantity
		if count < 1 || count > maxOrderNumbers {
			e := errBadQuantity.withMessage(fmt.Sprintf("quantity must be an integer between 1 and %d", maxOrderNumbers))
			return &e
		}
	}
	if e := checkOrderSize(count); e != nil {
		return e
	}
	if e := checkNumbersIn(b.CountryCode, b.Numbers); e != nil {
		return e
	}
	if b.NumberType == "" { // explicit numbers: their kind
		b.NumberType = kindOf(b.CountryCode, b.Numbers[0])
		for _, n := range b.Numbers {
			if kindOf(b.CountryCode, n) != b.NumberType {
				return fail(errBadNumber, "%s is not %s like %s: one order reserves one kind of number", n, b.NumberType, b.Numbers[0])
			}
		}
	}
	return nil
}

func (r *reservationOrder) admit(st *numberState, _ *clientState) *apiError {
	b := &r.body
	if b.Quantity == nil {
		r.block = slices.Clone(b.Numbers)
		return checkFree(st, b.Numbers, func(n string) bool { return inPool(b.CountryCode, b.NumberType, n) })
	}
	p := poolFor(b.CountryCode, b.AreaCode)
	if b.NumberType == kindNomadic {
		p = nomadicPool(b.CountryCode)
	}
	run := 0
	for seq := range poolSize {
		if _, held := st.held[p.number(seq)]; held || kindOf(b.CountryCode, p.number(seq)) != b.NumberType {
			run = 0
			continue
		}
		if run++; run == *b.Quantity {
			r.block = make([]string, run)
			for i := range run {
				r.block[i] = p.number(seq - run + 1 + i)
			}
			return nil
		}
	}
	return fail(errNotFree, "no block of %d contiguous free numbers in %s area %s", *b.Quantity, b.CountryCode, b.AreaCode)
}

func (r *reservationOrder) apply(st *numberState, _ *clientState, o *order) {
	st.hold(o.client, r.block)
	o.view.Numbers = slices.Clone(r.block)
	o.view.CountryCode = r.body.CountryCode
	o.view.RegulatorApprovalReference = r.body.RegulatorApprovalReference
	o.view.NumberType = r.body.NumberType
}

func (r *reservationOrder) complete(st *numberState, cs *clientState, o *order, at time.Time) *orderFailure {
	o.expiresAt = at.Add(reservationHold).UTC()
	for _, n := range r.block {
		area := r.body.AreaCode
		if r.body.Quantity == nil || r.body.NumberType == kindNomadic {
			area = areaOf(r.body.CountryCode, n)
		}
		cs.numbers[n] = &numberEntry{
			number: n, country: r.body.CountryCode, area: area, status: statusReserved, kind: r.body.NumberType,
			expiresAt: o.expiresAt, reference: o.view.CustomerReference,
			orderIDs: []string{o.view.OrderID}, reservedBy: o,
		}
	}
	st.lapsing = append(st.lapsing, o)
	return nil
}

func (r *reservationOrder) release(st *numberState, _ *clientState, _ *order, _ time.Time) {
	st.release(r.block...)
}

// lapse ends a completed reservation's hold: its numbers still Reserved
// leave the inventory, except those a pending order is about to change
// (if that order fails, unlock drops them).
func (st *numberState) lapse(r *order) {
	st.lapsing = slices.DeleteFunc(st.lapsing, func(o *order) bool { return o == r })
	cs := st.client(r.client)
	for _, n := range r.view.Numbers {
		if e := cs.numbers[n]; e != nil && e.status == statusReserved && e.reservedBy == r && e.busy == nil {
			st.drop(cs, n)
		}
	}
}

// assignmentOrder is an activation (numbers Reserved by the client become
// Activated) or a customer update (Activated or Port-in Activated numbers
// get new end customer data).
type assignmentOrder struct {
	orderType string
	body      assignmentBody
}

func (a *assignmentOrder) reference() string { return a.body.CustomerReference }

func (a *assignmentOrder) prepare() *apiError {
	if e := requireReference(a.body.CustomerReference); e != nil {
		return e
	}
	if e := requireNumbers(a.body.Numbers); e != nil {
		return e
	}
	if e := requireEndCustomer(a.body.EndCustomer); e != nil {
		return e
	}
	return a.body.DirectoryService.require()
}

func (a *assignmentOrder) canonical() string { return canonicalJSON(&a.body, &a.body.Numbers) }

func (a *assignmentOrder) check(time.Time) *apiError {
	if e := checkOrderSize(len(a.body.Numbers)); e != nil {
		return e
	}
	codes, e := servedCountries(a.body.Numbers)
	if e != nil {
		return e
	}
	if a.orderType == typeActivation {
		if e := checkGermanBlock(a.body.Numbers, a.body.RegulatorApprovalReference); e != nil {
			return e
		}
	}
	if e := checkDirectoryService(codes, a.body.DirectoryService); e != nil {
		return e
	}
	return checkEndCustomer(codes, a.body.EndCustomer.value())
}

func (a *assignmentOrder) required() []string {
	if a.orderType == typeActivation {
		return []string{statusReserved}
	}
	return []string{statusActivated, statusPortInActivated}
}

func (a *assignmentOrder) admit(_ *numberState, cs *clientState) *apiError {
	return checkHeld(cs, a.body.Numbers, a.required()...)
}

func (a *assignmentOrder) apply(_ *numberState, cs *clientState, o *order) {
	lock(cs, a.body.Numbers, o)
	o.view.Numbers = slices.Clone(a.body.Numbers)
	o.view.EndCustomer = a.body.EndCustomer.value()
	o.view.EmergencyAddressID = a.body.EmergencyAddressID
	o.view.DirectoryListing = ptr(a.body.DirectoryListing)
	o.view.RegulatorApprovalReference = a.body.RegulatorApprovalReference
	o.view.DirectoryService = a.body.DirectoryService.clone()
}

func (a *assignmentOrder) complete(_ *numberState, cs *clientState, o *order, _ time.Time) *orderFailure {
	for _, n := range a.body.Numbers {
		e := cs.numbers[n]
		if e == nil || e.busy != o {
			continue // cannot happen: a locked number stays until o ends
		}
		e.busy = nil
		if a.orderType == typeActivation {
			e.status, e.expiresAt = statusActivated, time.Time{}
		}
		e.endCustomer = a.body.EndCustomer.value()
		e.emergencyAddressID = a.body.EmergencyAddressID
		e.directoryListing = a.body.DirectoryListing
		e.directoryService = a.body.DirectoryService.clone()
		e.orderIDs = append(e.orderIDs, o.view.OrderID)
	}
	return nil
}

func (a *assignmentOrder) release(st *numberState, cs *clientState, o *order, at time.Time) {
	st.unlock(cs, a.body.Numbers, o, at)
}

// returnOrder cancels reservations and deactivates numbers: they leave the
// inventory and go back to the pool.
type returnOrder struct {
	body returnBody
}

func (r *returnOrder) reference() string { return r.body.CustomerReference }

func (r *returnOrder) prepare() *apiError {
	if e := requireReference(r.body.CustomerReference); e != nil {
		return e
	}
	return requireNumbers(r.body.Numbers)
}

func (r *returnOrder) canonical() string { return canonicalJSON(&r.body, &r.body.Numbers) }

func (r *returnOrder) check(time.Time) *apiError {
	if e := checkOrderSize(len(r.body.Numbers)); e != nil {
		return e
	}
	_, e := servedCountries(r.body.Numbers)
	return e
}

func (r *returnOrder) admit(_ *numberState, cs *clientState) *apiError {
	return checkHeld(cs, r.body.Numbers, statusReserved, statusActivated, statusPortInActivated)
}

func (r *returnOrder) apply(_ *numberState, cs *clientState, o *order) {
	lock(cs, r.body.Numbers, o)
	o.view.Numbers = slices.Clone(r.body.Numbers)
}

func (r *returnOrder) complete(st *numberState, cs *clientState, o *order, _ time.Time) *orderFailure {
	for _, n := range r.body.Numbers {
		if e := cs.numbers[n]; e != nil && e.busy == o {
			st.drop(cs, n)
		}
	}
	return nil
}

func (r *returnOrder) release(st *numberState, cs *clientState, o *order, at time.Time) {
	st.unlock(cs, r.body.Numbers, o, at)
}
