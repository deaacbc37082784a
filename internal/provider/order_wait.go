package provider

import (
	"context"
	"errors"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Orders are polled from orderPollMin, doubling up to orderPollMax, within
// the operation's timeout.
const (
	orderPollMin = 200 * time.Millisecond
	orderPollMax = 10 * time.Second

	defaultOrderTimeout = 20 * time.Minute
)

// waitForOrder waits for o within the timeout already on ctx and turns a
// failure into one diagnostic with Colt's reason and the tracking id.
func waitForOrder(ctx context.Context, client *colt.Client, o *colt.Order, diags *diag.Diagnostics) (*colt.Order, bool) {
	done, err := client.WaitForOrder(ctx, o, orderPollMin, orderPollMax)
	if err == nil {
		return done, true
	}
	var failed *colt.OrderFailedError
	switch {
	case errors.As(err, &failed):
		diags.AddError("Colt "+o.OrderType+" order failed", err.Error()+
			"\n\nNothing further was ordered. Fix the cause Colt gives, then apply again.")
	case errors.Is(err, context.DeadlineExceeded):
		diags.AddError("Timed out waiting for Colt "+o.OrderType+" order "+o.OrderID,
			err.Error()+"\n\nThe order stays with Colt. Apply again (or raise the timeouts block): "+
				"the provider finds and adopts this order by its customer reference instead of placing another.")
	default:
		addCallError(diags, "Cannot follow Colt "+o.OrderType+" order "+o.OrderID, err)
	}
	return done, false
}
