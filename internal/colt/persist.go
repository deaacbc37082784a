package colt

import (
	"context"
	"errors"
	"time"
)

// An order Colt has taken must be seen through: a read that gives up after
// it (polling the order, reading the numbers it gave) ends the apply with
// the order done and nothing in the state. Persist marks a context that
// carries such an order: an idempotent call that still fails transiently
// after max_retries is tried again, with backoff and a warning each round,
// until the context ends (the resource's timeout); an order the order
// search says was not placed is sent again on the same terms.
func Persist(ctx context.Context) context.Context {
	return context.WithValue(ctx, persistKey{}, true)
}

type persistKey struct{}

func persistent(ctx context.Context) bool {
	v, _ := ctx.Value(persistKey{}).(bool)
	return v
}

// transient tells whether a failed call could succeed if tried again: a
// retryable answer (429, 500/002, 502, 503, 504), no answer, or an answer
// that could not be read.
func transient(err error) bool {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr.Retryable()
	}
	var protoErr *ProtocolError
	var transportErr *TransportError
	return errors.As(err, &protoErr) || errors.As(err, &transportErr)
}

// persevere runs a call until it succeeds, fails for good, or ctx ends; a
// call whose context is not persistent runs once.
func (c *Client) persevere(ctx context.Context, op string, call func() error) error {
	for round := 1; ; round++ {
		err := call()
		if err == nil || !persistent(ctx) || !transient(err) || ctx.Err() != nil {
			return err
		}
		wait := backoff(c.retry.RetryWaitMin, c.retry.RetryWaitMax, round+1, nil)
		c.warn(ctx, "Colt call failed after its retries while an order is in progress; trying again", map[string]any{
			"operation": op, "round": round, "wait": wait.Round(time.Millisecond).String(), "error": err.Error(),
		})
		if !sleepCtx(ctx, wait) {
			return err
		}
	}
}
