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
func (c *Client) StartLife(ctx context.Context, ref string, matches func(*Order) bool,
	place func(life string) (*Order, error)) (*Order, bool, error) {
	for gen := 1; gen <= maxGenerations; gen++ {
		life := Generation(ref, gen)
		existing, err := c.FindOrders(ctx, OrderQuery{CustomerReference: life})
		if err != nil {
			return nil, false, err
		}
		if len(existing) == 0 {
			return c.adoptOrPlace(ctx, life, func() (*Order, error) { return place(life) })
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

// Reserve starts a life with a reservation.
func (c *Client) Reserve(ctx context.Context, ref string, req ReservationRequest) (*Order, bool, error) {
	return c.StartLife(ctx, ref, req.matches, func(life string) (*Order, error) {
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
func (c *Client) EnsureOrder(ctx context.Context, ref string, place func() (*Order, error)) (*Order, bool, error) {
	existing, err := c.FindOrders(ctx, OrderQuery{CustomerReference: ref})
	if err != nil {
		return nil, false, err
	}
	if len(existing) > 0 {
		return &existing[0], true, nil
	}
	return c.adoptOrPlace(ctx, ref, place)
}

// adoptOrPlace places an order; when Colt says the reference was taken
// meanwhile (409/301), it adopts the order holding it.
func (c *Client) adoptOrPlace(ctx context.Context, ref string, place func() (*Order, error)) (*Order, bool, error) {
	o, err := place()
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr.Row() == "409/301" {
		existing, findErr := c.FindOrders(ctx, OrderQuery{CustomerReference: ref})
		if findErr == nil && len(existing) > 0 {
			return &existing[0], true, nil
		}
	}
	return o, false, err
}

// CancelReference is the reference of the order that cancels a port-in.
func CancelReference(life string) string { return life + ":cancel" }
