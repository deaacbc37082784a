package colt

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// An order POST whose answer is lost may or may not have placed the order,
// and no Colt text says a repeated customer reference returns the existing
// order instead of placing a second. So the client never resends such a
// POST blindly: it looks the order up first, and resends only when an
// order search Colt answered says there is none.

// finder looks up the order a customer reference names. authoritative is
// true when Colt's order search answered (so "none" means none), false
// when only the inventory could be read (it shows an order's numbers only
// once the order has taken effect).
type finder func(ctx context.Context) (found *Order, authoritative bool, err error)

// DefaultEvidenceWait bounds how long the client watches the inventory
// for the traces of an order whose answer was lost, where Colt has no
// order search.
const DefaultEvidenceWait = 2 * time.Minute

// placeResolved sends an order and resolves an unknown outcome by
// looking it up. adopted is true when the order was found rather than
// placed by this call.
func (c *Client) placeResolved(ctx context.Context, orderType, ref string, find finder,
	place func() (*Order, error)) (*Order, bool, error) {
	for attempt := 1; ; attempt++ {
		o, err := place()
		if err == nil {
			return o, false, nil
		}
		var apiErr *APIError
		if errors.As(err, &apiErr) && apiErr.Row() == "409/301" { // the reference is taken: the order exists
			if found, _, ferr := find(ctx); ferr == nil && found != nil {
				return found, true, nil
			}
			return o, false, err
		}
		if !OutcomeUnknown(err) {
			return o, false, err
		}
		found, authoritative, ferr := c.traceOf(ctx, find)
		if found != nil {
			c.warn(ctx, "Colt's answer to an order was lost; the order was found and adopted", map[string]any{
				"order_type": orderType, "customer_reference": ref, "order_id": found.OrderID,
			})
			return found, true, nil
		}
		if !authoritative || ferr != nil || (attempt > c.maxResends && !c.mode.persist) {
			return nil, false, &UnknownOutcomeError{OrderType: orderType, Reference: ref, Cause: err, Lookup: ferr, Waited: !authoritative && ferr == nil}
		}
		if !sleepCtx(ctx, backoff(c.retry.RetryWaitMin, c.retry.RetryWaitMax, attempt, nil)) {
			return nil, false, &UnknownOutcomeError{OrderType: orderType, Reference: ref, Cause: err, Lookup: ctx.Err()}
		}
	}
}

// traceOf looks for the order once where the order search answers, else
// watches the inventory until the evidence wait or ctx ends.
func (c *Client) traceOf(ctx context.Context, find finder) (*Order, bool, error) {
	deadline := time.Now().Add(c.evidenceWait)
	wait := c.retry.RetryWaitMin
	for {
		found, authoritative, err := find(ctx)
		if found != nil || authoritative || (err != nil && !IsOrderSearchUnsupported(err)) {
			return found, authoritative, err
		}
		if errors.Is(err, errNoEvidence) {
			return nil, false, err
		}
		if time.Now().Add(wait).After(deadline) {
			return nil, false, nil
		}
		if !sleepCtx(ctx, wait) {
			return nil, false, nil
		}
		wait = min(wait*2, 10*time.Second)
	}
}

// errNoEvidence is a finder's answer where nothing but an order search
// could find the order.
var errNoEvidence = errors.New("no order search, and no trace in the inventory to look for")

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// OutcomeUnknown tells whether a failed order POST may still have placed
// the order: no answer, a timeout, a 5xx, a 408, or a 2xx that could not
// be read. A refused connection or a 4xx answer placed nothing.
func OutcomeUnknown(err error) bool {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr.StatusCode >= 500 || apiErr.StatusCode == http.StatusRequestTimeout
	}
	var protoErr *ProtocolError
	if errors.As(err, &protoErr) {
		return true
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return false
	}
	var transportErr *TransportError
	return errors.As(err, &transportErr) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)
}

// UnknownOutcomeError is an order that may or may not have been placed
// and that the client would not send again.
type UnknownOutcomeError struct {
	OrderType string
	Reference string
	Cause     error // what happened to the POST
	Lookup    error // why the order could not be looked up, if it could not
	Waited    bool  // the inventory was watched and showed nothing
}

func (e *UnknownOutcomeError) Error() string {
	msg := fmt.Sprintf("the %s order with customer reference %q may or may not have been placed: %v. ",
		e.OrderType, e.Reference, e.Cause)
	switch {
	case e.Lookup != nil:
		msg += fmt.Sprintf("It could not be looked up (%v), ", e.Lookup)
	case e.Waited:
		msg += "Colt has no order search the provider can use, and the number inventory showed no trace of it, "
	default:
		msg += "Colt's order search still does not list it after several attempts, "
	}
	return msg + "so the provider did not send it again: that could place a second order"
}

func (e *UnknownOutcomeError) Unwrap() error { return e.Cause }
