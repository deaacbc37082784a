package colt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

const (
	retryWaitMin = 250 * time.Millisecond
	retryWaitMax = 15 * time.Second
	maxErrorBody = 64 << 10
)

// retryableStatus lists the answers Colt or its gateways give for transient
// trouble. Every other 4xx is final.
func retryableStatus(status int, code string) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	case http.StatusInternalServerError:
		return code == "002"
	}
	return false
}

func newRetryClient(base *http.Client, maxRetries int, waitMin, waitMax time.Duration) *retryablehttp.Client {
	c := retryablehttp.NewClient()
	c.HTTPClient = base
	c.Logger = nil
	c.RetryMax = maxRetries
	c.RetryWaitMin = waitMin
	c.RetryWaitMax = waitMax
	c.CheckRetry = checkRetry(maxRetries, waitMin, waitMax)
	c.Backoff = backoff
	c.ErrorHandler = retryablehttp.PassthroughErrorHandler
	return c
}

// checkRetry retries transient answers and connection errors, but only for
// calls marked idempotent, and never when the wait would outlast the
// call's deadline (the last real answer is more useful than a timeout).
// Why a transient answer was not retried is kept for its error message.
func checkRetry(maxRetries int, waitMin, waitMax time.Duration) retryablehttp.CheckRetry {
	return func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		trace := traceFrom(ctx)
		if trace == nil {
			return false, nil
		}
		if !trace.idempotent {
			if trace.retryUnsent && neverProcessed(resp, err) {
				return true, nil
			}
			if err != nil || retryableStatus(resp.StatusCode, peekErrorCode(resp)) {
				trace.notRetried.Store("an order is not sent again once Colt may have received it")
			}
			return false, nil
		}
		if err != nil {
			return retryablehttp.DefaultRetryPolicy(ctx, resp, err)
		}
		if !retryableStatus(resp.StatusCode, peekErrorCode(resp)) {
			return false, nil
		}
		if maxRetries == 0 {
			trace.notRetried.Store("max_retries is 0")
			return false, nil
		}
		if deadline, ok := ctx.Deadline(); ok {
			wait := backoff(waitMin, waitMax, int(trace.attempts.Load())-1, resp)
			if left := time.Until(deadline); left < wait {
				trace.notRetried.Store(fmt.Sprintf("the wait before the next try (%v%s) is longer than the %v left of the call's time (request_timeout)",
					wait.Round(time.Millisecond), retryAfterNote(resp), left.Round(time.Millisecond)))
				return false, nil
			}
		}
		return true, nil
	}
}

func retryAfterNote(resp *http.Response) string {
	if _, ok := retryAfter(resp); ok {
		return ", Colt's Retry-After"
	}
	return ""
}

// neverProcessed tells whether an attempt surely did not reach Colt's
// order processing: the connection was refused, or the gateway rate
// limited the call. Anything else (a timeout, a reset, a 5xx) may have
// placed the order.
func neverProcessed(resp *http.Response, err error) bool {
	if err != nil {
		var op *net.OpError
		return errors.As(err, &op) && op.Op == "dial"
	}
	return resp != nil && resp.StatusCode == http.StatusTooManyRequests
}

// peekErrorCode reads Colt's error code from a 500 without consuming the body.
func peekErrorCode(resp *http.Response) string {
	if resp.StatusCode != http.StatusInternalServerError || resp.Body == nil {
		return ""
	}
	// The body stays bounded (boundedBody): what was peeked is read again,
	// then the rest, which still tells a body over the limit.
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(body), resp.Body), resp.Body}
	var parsed coltErrorBody
	if json.Unmarshal(body, &parsed) != nil {
		return ""
	}
	return parsed.Code
}

// backoff honours Retry-After, else waits exponentially with jitter:
// a random duration in [d/2, d] where d = min * 2^attempt, capped at max.
func backoff(waitMin, waitMax time.Duration, attempt int, resp *http.Response) time.Duration {
	if wait, ok := retryAfter(resp); ok {
		return wait
	}
	d := waitMin << min(attempt, 20)
	if d <= 0 || d > waitMax {
		d = waitMax
	}
	return d/2 + rand.N(d/2+1)
}

func retryAfter(resp *http.Response) (time.Duration, bool) {
	if resp == nil {
		return 0, false
	}
	v := resp.Header.Get("Retry-After")
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
		return time.Duration(secs) * time.Second, true
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(time.Until(at), 0), true
	}
	return 0, false
}
