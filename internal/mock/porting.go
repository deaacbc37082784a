package mock

import (
	"cmp"
	"slices"
	"time"
)

// Porting statuses of a port-in order.
const (
	portingSubmitted = "Submitted"
	portingValidated = "Validated"
	portingDelayed   = "Delayed"
	portingScheduled = "Scheduled"
	portingCompleted = "Completed"
	portingCancelled = "Cancelled"

	// delayingCarrier is the losing carrier whose port-ins pass through Delayed.
	delayingCarrier = "DelayCo"
	cancelledCode   = "CANCELLED"
	portInFinalCode = "PORT_IN_FINAL"
)

// portInOrder ports numbers in from another carrier. Its numbers are in the
// inventory as Porting from placement on, and Port-in Activated once it
// completes.
type portInOrder struct {
	body portInBody
}

func (p *portInOrder) reference() string { return p.body.CustomerReference }

func (p *portInOrder) prepare() *apiError {
	b := &p.body
	if e := requireReference(b.CustomerReference); e != nil {
		return e
	}
	if b.CountryCode == "" {
		return fail(errBadBody, "missing required field countryCode")
	}
	if e := requireNumbers(b.Numbers); e != nil {
		return e
	}
	if e := requireEndCustomer(b.EndCustomer); e != nil {
		return e
	}
	if e := b.DirectoryService.require(); e != nil {
		return e
	}
	if b.RequestedWindow == "" {
		b.RequestedWindow = "standard"
	}
	return nil
}

func (p *portInOrder) canonical() string { return canonicalJSON(&p.body, &p.body.Numbers) }

func (p *portInOrder) check(now time.Time) *apiError {
	b := &p.body
	if _, ok := countries[b.CountryCode]; !ok {
		e := countryError(b.CountryCode)
		return &e
	}
	if e := checkOrderSize(len(b.Numbers)); e != nil {
		return e
	}
	if e := checkNumbersIn(b.CountryCode, b.Numbers); e != nil {
		return e
	}
	if b.LosingCarrier == "" {
		return fail(errBadPorting, "missing losingCarrier")
	}
	if e := checkRequestedDate(b.RequestedDate, now); e != nil {
		return e
	}
	if e := checkRequestedWindow(b.RequestedWindow); e != nil {
		return e
	}
	if e := checkGermanBlock(b.Numbers, b.RegulatorApprovalReference); e != nil {
		return e
	}
	if e := checkDirectoryService([]string{b.CountryCode}, b.DirectoryService); e != nil {
		return e
	}
	return checkEndCustomer([]string{b.CountryCode}, b.EndCustomer.value())
}

func (p *portInOrder) admit(st *numberState, _ *clientState) *apiError {
	return checkFree(st, p.body.Numbers, nil)
}

func (p *portInOrder) apply(st *numberState, cs *clientState, o *order) {
	b := &p.body
	st.hold(o.client, b.Numbers)
	for _, n := range b.Numbers {
		cs.numbers[n] = &numberEntry{
			number: n, country: b.CountryCode, area: areaOf(b.CountryCode, n), status: statusPorting, kind: kindOf(b.CountryCode, n),
			reference: b.CustomerReference, orderIDs: []string{o.view.OrderID}, portIn: o, busy: o,
		}
	}
	o.steps = []orderStep{{status: orderInProgress, porting: portingValidated}}
	if o.delayed || b.LosingCarrier == delayingCarrier {
		o.steps = append(o.steps, orderStep{status: orderInProgress, porting: portingDelayed})
	}
	o.steps = append(o.steps, orderStep{status: orderInProgress, porting: portingScheduled}, orderStep{final: true})

	v := &o.view
	v.Numbers = slices.Clone(b.Numbers)
	v.CountryCode = b.CountryCode
	v.LosingCarrier, v.RequestedDate, v.RequestedWindow = b.LosingCarrier, b.RequestedDate, b.RequestedWindow
	v.EndCustomer = b.EndCustomer.value()
	v.EmergencyAddressID = b.EmergencyAddressID
	v.RegulatorApprovalReference = b.RegulatorApprovalReference
	v.DirectoryService = b.DirectoryService.clone()
	v.PortingStatus = portingSubmitted
}

func (p *portInOrder) complete(_ *numberState, cs *clientState, o *order, _ time.Time) *orderFailure {
	for _, n := range p.body.Numbers {
		e := cs.numbers[n]
		if e == nil || e.portIn != o {
			continue // cannot happen: the numbers stay until o ends
		}
		e.status, e.busy = statusPortInActivated, nil
		e.endCustomer = p.body.EndCustomer.value()
		e.emergencyAddressID = p.body.EmergencyAddressID
		e.directoryService = p.body.DirectoryService.clone()
	}
	o.view.PortingStatus = portingCompleted
	return nil
}

// release takes the numbers of a failed or cancelled port-in out of the
// inventory.
func (p *portInOrder) release(st *numberState, cs *clientState, o *order, _ time.Time) {
	for _, n := range p.body.Numbers {
		if e := cs.numbers[n]; e != nil && e.portIn == o {
			st.drop(cs, n)
		}
	}
}

// portUpdateOrder changes or cancels a port-in that has not ended. It
// completes after one step; the change applies then, if the port-in still
// has not ended (otherwise the update fails with PORT_IN_FINAL).
type portUpdateOrder struct {
	body   portUpdateBody
	portIn *order // found by admit
}

func (u *portUpdateOrder) reference() string { return u.body.CustomerReference }

func (u *portUpdateOrder) prepare() *apiError {
	if e := requireReference(u.body.CustomerReference); e != nil {
		return e
	}
	if u.body.PortInOrderID == "" {
		return fail(errBadBody, "missing required field portInOrderId")
	}
	return nil
}

func (u *portUpdateOrder) canonical() string { return canonicalJSON(&u.body, nil) }

func (u *portUpdateOrder) check(now time.Time) *apiError {
	b := &u.body
	if !b.Cancel && b.RequestedDate == "" && b.RequestedWindow == "" && b.LosingCarrier == "" {
		return fail(errBadPorting, "nothing to change: send requestedDate, requestedWindow, losingCarrier or cancel")
	}
	if b.RequestedDate != "" {
		if e := checkRequestedDate(b.RequestedDate, now); e != nil {
			return e
		}
	}
	if b.RequestedWindow != "" {
		return checkRequestedWindow(b.RequestedWindow)
	}
	return nil
}

func (u *portUpdateOrder) admit(st *numberState, cs *clientState) *apiError {
	p, ok := st.orders[u.body.PortInOrderID]
	if !ok || st.clients[p.client] != cs || p.view.OrderType != typePortIn {
		return fail(errOrderNotFound, "no port-in order %s", truncate(u.body.PortInOrderID, 32))
	}
	if p.view.Status == orderCompleted || p.view.Status == orderFailed {
		return fail(errPortFinal, "port-in order %s is %s (porting status %s)", p.view.OrderID, p.view.Status, p.view.PortingStatus)
	}
	u.portIn = p
	return nil
}

func (u *portUpdateOrder) apply(_ *numberState, _ *clientState, o *order) {
	o.steps = []orderStep{{final: true}}
	v, b := &o.view, &u.body
	v.PortInOrderID = b.PortInOrderID
	v.RequestedDate, v.RequestedWindow, v.LosingCarrier = b.RequestedDate, b.RequestedWindow, b.LosingCarrier
	if b.Cancel {
		v.Cancel = ptr(true)
	}
}

func (u *portUpdateOrder) complete(st *numberState, _ *clientState, o *order, at time.Time) *orderFailure {
	p, b := u.portIn, &u.body
	if p.view.Status == orderCompleted || p.view.Status == orderFailed {
		return &orderFailure{code: portInFinalCode, reason: errPortFinal.Message}
	}
	if b.Cancel {
		st.failOrder(p, at, orderFailure{code: cancelledCode, reason: "cancelled by portUpdate order " + o.view.OrderID})
		p.view.PortingStatus = portingCancelled
		return nil
	}
	// The port-in's plan (whether it passes through Delayed) stays as placed.
	v := &p.view
	v.RequestedDate = cmp.Or(b.RequestedDate, v.RequestedDate)
	v.RequestedWindow = cmp.Or(b.RequestedWindow, v.RequestedWindow)
	v.LosingCarrier = cmp.Or(b.LosingCarrier, v.LosingCarrier)
	return nil
}

func (u *portUpdateOrder) release(*numberState, *clientState, *order, time.Time) {}
