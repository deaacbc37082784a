package colt

import (
	"context"
	"errors"
	"time"
)

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
// call outside an OrderSession runs once.
func (c *Client) persevere(ctx context.Context, op string, call func() error) error {
	for round := 1; ; round++ {
		err := call()
		if err == nil || !c.mode.persist || !transient(err) || ctx.Err() != nil {
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
