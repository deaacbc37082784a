package colt

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Orders are made idempotent by their customer reference: Colt answers a
// repeated reference with the existing order. The helpers here derive every
// reference of a resource's life from the user's reference, so that a re-run
// after a crash finds the order the crashed run placed.

// Generation returns the reference of a resource's gen-th life: ref itself
// for the first, "ref~2", "ref~3", ... after the numbers of earlier lives
// were given back.
func Generation(ref string, gen int) string {
	if gen <= 1 {
		return ref
	}
	return ref + "~" + strconv.Itoa(gen)
}

// BaseReference strips the generation suffix Generation adds.
func BaseReference(ref string) string {
	if i := strings.LastIndex(ref, "~"); i > 0 {
		if _, err := strconv.Atoi(ref[i+1:]); err == nil {
			return ref[:i]
		}
	}
	return ref
}

// OrderReference is the reference of the n-th follow-up order (activation,
// update) of the life whose reservation has reference life.
func OrderReference(life string, n int) string { return life + ":" + strconv.Itoa(n) }

// ReturnReference is the reference of the attempt-th order that ends a
// life (a later attempt follows only a failed one).
func ReturnReference(life string, attempt int) string {
	if attempt <= 1 {
		return life + ":return"
	}
	return life + ":return:" + strconv.Itoa(attempt)
}

const maxGenerations = 1000

// StartLife places the order that starts a resource's life (a reservation
// or a port-in) under user reference ref, or adopts the one a crashed run
// placed. Lives whose order failed or whose numbers are no longer held are
// skipped. place gets the life's reference. It returns the order (maybe
// still pending) and whether it was adopted.
//
// A live order is adopted only when matches accepts it: one that asked for
// something else belongs to another instance (for example the old one of a
// create_before_destroy replacement), and the next life is used instead.
func (c *Client) StartLife(ctx context.Context, ref, orderType string, matches func(*Order) bool,
	place func(life string) (*Order, error)) (*Order, bool, error) {
	for gen := 1; gen <= maxGenerations; gen++ {
		life := Generation(ref, gen)
		existing, _, err := c.findLife(ctx, life, orderType)
		if err != nil {
			return nil, false, err
		}
		if len(existing) == 0 {
			find := func(ctx context.Context) (*Order, bool, error) {
				found, authoritative, err := c.findLife(ctx, life, orderType)
				if len(found) > 0 {
					return &found[0], authoritative, err
				}
				if err == nil && !authoritative {
					err = c.search.unsupported()
				}
				return nil, authoritative, err
			}
			return c.placeResolved(ctx, orderType, life, find, func() (*Order, error) { return place(life) })
		}
		o := existing[0]
		live, err := c.lifeIsLive(ctx, &o)
		if err != nil {
			return nil, false, err
		}
		if live && matches(&o) {
			return &o, true, nil
		}
	}
	return nil, false, fmt.Errorf("customer reference %q has been used %d times; choose another", ref, maxGenerations)
}

// findLife returns the orders placed under a life's reference, through
// the order search where Colt has one (authoritative), else through the
// inventory, which shows a life's numbers once its order took effect.
func (c *Client) findLife(ctx context.Context, life, orderType string) ([]Order, bool, error) {
	orders, err := c.FindOrders(ctx, OrderQuery{CustomerReference: life})
	if err == nil {
		return orders, true, nil
	}
	if !IsOrderSearchUnsupported(err) {
		return nil, false, err
	}
	o, err := c.lifeFromInventory(ctx, life, orderType)
	if err != nil || o == nil {
		return nil, false, err
	}
	return []Order{*o}, false, nil
}

// lifeFromInventory pieces a life's order together from the numbers the
// inventory lists under its reference (a documented search), reading the
// order itself when the inventory names it; nil when none are listed.
func (c *Client) lifeFromInventory(ctx context.Context, life, orderType string) (*Order, error) {
	held, err := c.ListNumbers(ctx, NumberQuery{CustomerReference: life})
	if err != nil || len(held) == 0 {
		return nil, err
	}
	if ids := held[0].OrderIDs; len(ids) > 0 {
		if o, err := c.GetOrder(ctx, ids[0]); err == nil && o.CustomerReference == life {
			o.FromInventory = true
			return o, nil
		}
	}
	o := &Order{
		OrderType: orderType, CustomerReference: life, Status: OrderCompleted, RawStatus: seenInInventory,
		CountryCode: held[0].CountryCode, EndCustomer: held[0].EndCustomer, FromInventory: true,
	}
	if ids := held[0].OrderIDs; len(ids) > 0 {
		o.OrderID = ids[0]
	}
	for _, d := range held {
		o.Numbers = append(o.Numbers, d.Number)
	}
	return o, nil
}

// Reserve starts a life with a reservation.
func (c *Client) Reserve(ctx context.Context, ref string, req ReservationRequest) (*Order, bool, error) {
	return c.StartLife(ctx, ref, OrderReservation, req.matches, func(life string) (*Order, error) {
		req.CustomerReference = life
		return c.PlaceReservation(ctx, req)
	})
}

// matches tells whether o is a reservation of what r asks for.
func (r ReservationRequest) matches(o *Order) bool {
	if o.OrderType != OrderReservation || o.CountryCode != r.CountryCode {
		return false
	}
	if len(r.Numbers) > 0 {
		return SameNumbers(o.Numbers, r.Numbers)
	}
	return len(o.Numbers) == r.Quantity
}

// SameNumbers compares two lists of numbers, ignoring order.
func SameNumbers(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := make(map[string]int, len(a))
	for _, n := range a {
		seen[n]++
	}
	for _, n := range b {
		if seen[n] == 0 {
			return false
		}
		seen[n]--
	}
	return true
}

// lifeIsLive tells whether a life's first order still stands: pending, or
// completed with numbers still in inventory under its reference.
func (c *Client) lifeIsLive(ctx context.Context, o *Order) (bool, error) {
	switch o.Status {
	case OrderFailed:
		return false, nil
	case OrderCompleted:
		held, err := c.LookupNumbers(ctx, o.Numbers)
		if err != nil {
			return false, err
		}
		for _, d := range held {
			if d.CustomerReference == o.CustomerReference {
				return true, nil
			}
		}
		return false, nil
	}
	return true, nil
}

// EnsureOrder returns the order with reference ref, placing it with place
// when there is none. adopted is true when the order already existed.
// Where Colt has no order search, evidence (when not nil) looks in the
// inventory for the order's effect and returns it as a completed order.
func (c *Client) EnsureOrder(ctx context.Context, ref, orderType string, evidence func(context.Context) (*Order, error),
	place func() (*Order, error)) (*Order, bool, error) {
	find := func(ctx context.Context) (*Order, bool, error) {
		orders, err := c.FindOrders(ctx, OrderQuery{CustomerReference: ref})
		switch {
		case err == nil && len(orders) > 0:
			return &orders[0], true, nil
		case err == nil:
			return nil, true, nil
		case !IsOrderSearchUnsupported(err):
			return nil, false, err
		case evidence == nil:
			return nil, false, errNoEvidence
		}
		o, err := evidence(ctx)
		if err == nil && o == nil {
			err = c.search.unsupported()
		}
		return o, false, err
	}
	existing, _, err := find(ctx)
	if existing != nil {
		return existing, true, nil
	}
	if err != nil && !IsOrderSearchUnsupported(err) && !errors.Is(err, errNoEvidence) {
		return nil, false, err
	}
	return c.placeResolved(ctx, orderType, ref, find, place)
}

// CancelReference is the reference of the order that cancels a port-in.
func CancelReference(life string) string { return life + ":cancel" }
