package provider

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Orders are polled from orderPollMin, doubling up to orderPollMax, within
// the operation's timeout. An order's first poll comes when it is expected
// to be done (colt.Client.WaitForOrder), else after orderFirstPoll, and
// backs off from there.
const (
	orderPollMin   = 200 * time.Millisecond
	orderPollMax   = 10 * time.Second
	orderFirstPoll = 50 * time.Millisecond

	defaultOrderTimeout = 20 * time.Minute
)

// orderContext bounds an operation by its timeouts block entry (for
// example plan.Timeouts.Create), defaultOrderTimeout when unset: the bound
// of the operation's OrderSession (colt.Client.OrderSession), which goes on
// trying Colt until then.
func orderContext(ctx context.Context, timeout func(context.Context, time.Duration) (time.Duration, diag.Diagnostics),
	diags *diag.Diagnostics) (context.Context, context.CancelFunc) {
	d, dd := timeout(ctx, defaultOrderTimeout)
	diags.Append(dd...)
	return context.WithTimeout(ctx, d)
}

// waitForOrder waits for o within the timeout already on ctx and turns a
// failure into one diagnostic with Colt's reason and the tracking id.
func waitForOrder(ctx context.Context, client *colt.Client, o *colt.Order, diags *diag.Diagnostics) (*colt.Order, bool) {
	done, _, ok := waitForReservation(ctx, client, o, nil, diags)
	return done, ok
}

// waitForReservation is waitForOrder that, given the reservation request r,
// also returns the entries of the numbers when the wait saw them in the
// inventory (nil when they are still to be read).
func waitForReservation(ctx context.Context, client *colt.Client, o *colt.Order, r *colt.ReservationRequest,
	diags *diag.Diagnostics) (*colt.Order, []colt.NumberDetail, bool) {
	tflog.Info(ctx, "Waiting for Colt order", map[string]any{
		"order_id": o.OrderID, "order_type": o.OrderType, "status": o.RawStatus, "customer_reference": o.CustomerReference,
	})
	changed := func(o *colt.Order, waited time.Duration) {
		tflog.Info(ctx, "Colt order status changed", map[string]any{
			"order_id": o.OrderID, "order_type": o.OrderType, "status": o.RawStatus, "porting_status": o.PortingStatus,
			"elapsed": waited.Round(time.Millisecond).String(),
		})
	}
	var done *colt.Order
	var held []colt.NumberDetail
	var err error
	if r != nil {
		done, held, err = client.WaitForReservation(ctx, o, *r, orderFirstPoll, orderPollMax, changed)
	} else {
		done, err = client.WaitForOrderReporting(ctx, o, orderFirstPoll, orderPollMax, changed)
	}
	if err != nil {
		addOrderError(diags, o, err, client.OrderSearchUnsupported())
		return done, nil, false
	}
	return done, held, true
}

// addOrderError reports an order that failed, timed out or could not be
// followed.
func addOrderError(diags *diag.Diagnostics, o *colt.Order, err error, noSearch bool) {
	var failed *colt.OrderFailedError
	switch {
	case errors.As(err, &failed):
		diags.AddError("Colt "+o.OrderType+" order failed", err.Error()+
			"\n\nNothing further was ordered. Fix the cause Colt gives, then apply again.")
	case errors.Is(err, context.DeadlineExceeded) && noSearch:
		diags.AddError("Timed out waiting for Colt "+o.OrderType+" order "+o.OrderID,
			err.Error()+"\n\nThe order stays with Colt. Colt has no order search the provider can use, so the provider "+
				"finds this order again only once it has taken effect, through the number inventory. Wait until order "+
				o.OrderID+" has completed (ask Colt support, or look for customer reference "+o.CustomerReference+
				" in data source colt_numbers) before you apply again: applied earlier, the provider cannot see the order "+
				"and may place a second one.")
	case errors.Is(err, context.DeadlineExceeded):
		diags.AddError("Timed out waiting for Colt "+o.OrderType+" order "+o.OrderID,
			err.Error()+"\n\nThe order stays with Colt. Apply again (or raise the timeouts block): "+
				"the provider finds and adopts this order by its customer reference instead of placing another.")
	default:
		addCallError(diags, "Cannot follow Colt "+o.OrderType+" order "+o.OrderID, err)
	}
}

// followUp is one kind of follow-up order: how to place it under a
// reference, whether an adopted one carried the wanted data, how to see its
// effect in the inventory where Colt has no order search, and whether what
// Colt holds now is what was wanted.
type followUp struct {
	orderType string
	place     func(ref string) (*colt.Order, error)
	matches   func(*colt.Order) bool
	evidence  func(ctx context.Context, ref string) (*colt.Order, error)
	confirmed func(ctx context.Context) (bool, error)
}

// maxFollowUpScan bounds how many spent references placeFollowUp steps over.
const maxFollowUpScan = 100

// placeFollowUp places (or adopts) the next follow-up order of a life
// (activation, customer update, port update) and waits for it. done counts
// the life's follow-up orders Colt already shows, so the next reference is
// derived from Colt, not from a counter of the provider's. An adopted order
// is taken only when it carried the wanted data and Colt now holds that
// data; a failed, different or superseded one is stepped over. A placement
// error is returned for the caller to explain; a failed wait is already
// reported.
func placeFollowUp(ctx context.Context, client *colt.Client, life string, done int, f followUp, diags *diag.Diagnostics) (*colt.Order, error) {
	for n := done + 1; n <= done+maxFollowUpScan; n++ {
		ref := colt.OrderReference(life, n)
		var evidence func(context.Context) (*colt.Order, error)
		if f.evidence != nil {
			evidence = func(ctx context.Context) (*colt.Order, error) { return f.evidence(ctx, ref) }
		}
		order, adopted, err := client.EnsureOrder(ctx, ref, f.orderType, evidence, func() (*colt.Order, error) { return f.place(ref) })
		if err != nil {
			return nil, err
		}
		if adopted && order.Status == colt.OrderFailed {
			continue // an earlier attempt failed; its reference is spent
		}
		placed, ok := waitForOrder(ctx, client, order, diags)
		if !ok {
			return nil, nil
		}
		if !adopted {
			return placed, nil
		}
		if !f.matches(placed) {
			continue // an interrupted run's order with other data
		}
		if f.confirmed != nil {
			holds, err := f.confirmed(ctx)
			if err != nil {
				return nil, err
			}
			if !holds {
				continue // an old order with this data, superseded since
			}
		}
		return placed, nil
	}
	return nil, fmt.Errorf("the %d follow-up order references after %s:%d are all spent; "+
		"this needs Colt support", maxFollowUpScan, life, done)
}
