package mock

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

const (
	maxOrderNumbers = 1000 // numbers (or quantity) per order
	germanBlock     = 100  // larger German blocks need a BNetzA approval before assignment
)

func checkOrderSize(n int) *apiError {
	if n > maxOrderNumbers {
		e := errBadQuantity.withMessage(fmt.Sprintf("an order holds 1 to %d numbers", maxOrderNumbers)).
			withDetails(fmt.Sprintf("got %d numbers", n))
		return &e
	}
	return nil
}

// checkNumbersIn answers 400/104 unless every number is E.164 in country code.
func checkNumbersIn(code string, numbers []string) *apiError {
	prefix := "+" + countries[code].callingCode
	for _, n := range numbers {
		if !e164.MatchString(n) {
			return fail(errBadNumber, "%q is not an E.164 number", truncate(n, 20))
		}
		if !strings.HasPrefix(n, prefix) {
			return fail(errBadNumber, "%s is not a number of %s (+%s)", n, code, countries[code].callingCode)
		}
	}
	return nil
}

// servedCountries answers 400/104 unless every number is E.164 in a served
// country, and returns those countries, sorted.
func servedCountries(numbers []string) ([]string, *apiError) {
	var codes []string
	for _, n := range numbers {
		if !e164.MatchString(n) {
			return nil, fail(errBadNumber, "%q is not an E.164 number", truncate(n, 20))
		}
		code, ok := countryOf(n)
		if !ok {
			return nil, fail(errBadNumber, "%s is not in a country Colt serves", n)
		}
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	slices.Sort(codes)
	return codes, nil
}

// Countries whose activations, customer updates and port-ins need the end
// customer's VAT / registration number, and (Spain) the registered name.
var (
	registrationRequired = map[string]bool{"PT": true, "ES": true, "FI": true}
	nameRequired         = map[string]bool{"ES": true}
)

// checkEndCustomer answers 400/203 or 400/204 for the first country in codes
// whose rules the end customer does not meet. A company flagged as not
// registered yet needs no registration number.
func checkEndCustomer(codes []string, c *endCustomer) *apiError {
	for _, code := range codes {
		if registrationRequired[code] && !c.RegistrationNumberNotRegistered && strings.TrimSpace(c.RegistrationNumber) == "" {
			return registrationError(code)
		}
		if nameRequired[code] && strings.TrimSpace(c.Name) == "" {
			e := errNameRequired
			return &e
		}
	}
	return nil
}

// checkGermanBlock answers 400/202 when an order assigns more than 100
// German numbers to an end customer without a regulator (BNetzA) approval
// reference: documented, the approval is needed "before assigning numbers
// to the end-customer", so activations and port-ins need it, reservations
// do not.
func checkGermanBlock(numbers []string, approval string) *apiError {
	german := 0
	for _, n := range numbers {
		if code, _ := countryOf(n); code == "DE" {
			german++
		}
	}
	if german > germanBlock && strings.TrimSpace(approval) == "" {
		return fail(errGermanApproval, "%d German numbers: send regulatorApprovalReference", german)
	}
	return nil
}

// checkHeld answers 409/205 unless the client holds every number in one of
// the statuses and no pending order is about to change it.
func checkHeld(cs *clientState, numbers []string, statuses ...string) *apiError {
	var bad []string
	first := ""
	for _, n := range numbers {
		e := cs.numbers[n]
		switch {
		case e == nil:
			first = cmp.Or(first, n+" is not in your inventory")
		case !slices.Contains(statuses, e.status):
			first = cmp.Or(first, fmt.Sprintf("%s is %s", n, e.status))
		case e.busy != nil:
			first = cmp.Or(first, fmt.Sprintf("%s has pending order %s", n, e.busy.view.OrderID))
		default:
			continue
		}
		bad = append(bad, n)
	}
	if len(bad) == 0 {
		return nil
	}
	return fail(errNotHeld, "%d of %d numbers; first: %s; required status: %s",
		len(bad), len(numbers), first, strings.Join(statuses, " or "))
}

// checkFree answers 409/201 unless every number is free: not held by
// anyone and, when pooled is set, in the series it accepts.
func checkFree(st *numberState, numbers []string, pooled func(string) bool) *apiError {
	var bad []string
	for _, n := range numbers {
		_, held := st.held[n]
		if held || (pooled != nil && !pooled(n)) {
			bad = append(bad, n)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return fail(errNotFree, "%d of %d numbers not free; first: %s", len(bad), len(numbers), bad[0])
}

// hold marks numbers as not free, for client.
func (st *numberState) hold(client string, numbers []string) {
	for _, n := range numbers {
		st.held[n] = client
	}
}

// lock marks numbers as about to be changed by o.
func lock(cs *clientState, numbers []string, o *order) {
	for _, n := range numbers {
		cs.numbers[n].busy = o
	}
}

// unlock frees numbers locked by a failed o; a reservation that lapsed
// meanwhile ends now.
func (st *numberState) unlock(cs *clientState, numbers []string, o *order, at time.Time) {
	for _, n := range numbers {
		e := cs.numbers[n]
		if e == nil || e.busy != o {
			continue
		}
		e.busy = nil
		if e.status == statusReserved && !e.expiresAt.After(at) {
			st.drop(cs, n)
		}
	}
}

// checkRequestedDate answers 400/207 unless date is YYYY-MM-DD and not
// before today (UTC) by the clock.
func checkRequestedDate(date string, now time.Time) *apiError {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return fail(errBadPorting, "requestedDate must be a date YYYY-MM-DD, got %q", truncate(date, 20))
	}
	if today := now.UTC().Format(time.DateOnly); d.Format(time.DateOnly) < today {
		return fail(errBadPorting, "requestedDate %s is before today (%s)", date, today)
	}
	return nil
}

var requestedWindows = []string{"standard", "outOfHours"}

func checkRequestedWindow(window string) *apiError {
	if !slices.Contains(requestedWindows, window) {
		return fail(errBadPorting, "requestedWindow must be standard or outOfHours, got %q", truncate(window, 20))
	}
	return nil
}

func ptr[T any](v T) *T { return &v }
