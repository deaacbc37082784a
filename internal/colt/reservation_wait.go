package colt

import (
	"context"
	"errors"
	"slices"
	"time"
)

// A reservation is done when its numbers are in the inventory, and the
// create that waits for it reads their inventory entries anyway. So at
// the time a reservation is expected to be done, its numbers are first
// looked for in the inventory by its order id (a documented search): when
// it lists exactly the numbers asked for, reserved under the order's
// reference, one request did the work of a poll and of the read after it.
// Anything else (fewer numbers, other references or orders, the filter
// ignored, an error) leaves the order to be read as any other.

var errNotTheOrder = errors.New("the inventory lists more numbers than the order holds")

// WaitForReservation is WaitForOrderReporting for reservation o of r. It
// also returns the inventory entries of the reserved numbers when it saw
// them there, nil when the caller must read them.
func (c *Client) WaitForReservation(ctx context.Context, o *Order, r ReservationRequest, minPoll, maxPoll time.Duration,
	changed func(o *Order, waited time.Duration)) (*Order, []NumberDetail, error) {
	var held []NumberDetail
	start := time.Now()
	probe := func(ctx context.Context) *Order {
		done, entries := c.reservationInInventory(ctx, o, r)
		if done != nil {
			took, exact := reservationTook(o, entries, time.Since(start))
			c.paces.learnTook(o.OrderType, took, exact)
		}
		held = entries
		return done
	}
	if o.OrderID == "" || o.Done() {
		probe = nil
	}
	done, err := c.waitOrder(ctx, o, minPoll, maxPoll, changed, probe)
	return done, held, err
}

// reservationInInventory returns o completed, with its numbers' entries,
// when the inventory shows every number r asked for reserved under o.
func (c *Client) reservationInInventory(ctx context.Context, o *Order, r ReservationRequest) (*Order, []NumberDetail) {
	want := r.Quantity
	if len(r.Numbers) > 0 {
		want = len(r.Numbers)
	}
	var listed []NumberDetail
	err := c.EachNumber(ctx, NumberQuery{OrderID: o.OrderID}, func(page []NumberDetail) error {
		listed = append(listed, page...)
		if len(listed) > want {
			return errNotTheOrder // a filter Colt ignored: no need to read on
		}
		return nil
	})
	if err != nil || want == 0 || len(listed) != want {
		return nil, nil
	}
	held := listed[:0:0]
	for _, d := range listed {
		if slices.Contains(d.OrderIDs, o.OrderID) && d.CustomerReference == o.CustomerReference && d.Status == StatusReserved {
			held = append(held, d)
		}
	}
	if len(held) != want {
		return nil, nil
	}
	done := *o
	done.Status, done.RawStatus, done.FromInventory = OrderCompleted, seenInInventory, true
	done.Numbers = make([]string, len(held))
	for i, d := range held {
		if len(r.Numbers) > 0 && !slices.Contains(r.Numbers, d.Number) {
			return nil, nil
		}
		done.Numbers[i] = d.Number
	}
	return &done, held
}

// reservationHold is how long Colt holds reserved numbers: 90 calendar
// days from the reservation (documented).
const reservationHold = 90 * 24 * time.Hour

// reservationTook is how long reservation o took, seen done in the
// inventory after waiting waited: when it completed by its numbers'
// expiry less the hold (exact), if the expiry is finer than a second and
// that falls between placing it and seeing it done; else waited, an upper
// bound (an expiry to the second or by the day tells the completion only
// within a second or a day).
func reservationTook(o *Order, held []NumberDetail, waited time.Duration) (took time.Duration, exact bool) {
	var completed time.Time
	for _, d := range held {
		if d.ReservationExpiresAt == nil || d.ReservationExpiresAt.Nanosecond() == 0 {
			return waited, false
		}
		if at := d.ReservationExpiresAt.Add(-reservationHold); completed.IsZero() || at.Before(completed) {
			completed = at
		}
	}
	took = completed.Sub(o.CreatedAt)
	if o.CreatedAt.IsZero() || took <= 0 || took > waited+time.Second {
		return waited, false
	}
	return min(took, waited), true
}
