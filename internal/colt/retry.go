package colt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
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
	c.CheckRetry = checkRetry(waitMin, waitMax)
	c.Backoff = backoff
	c.ErrorHandler = retryablehttp.PassthroughErrorHandler
	return c
}

// checkRetry retries transient answers and connection errors, but only for
// calls marked idempotent, and never when the wait would outlast the
// call's deadline (the last real answer is more useful than a timeout).
func checkRetry(waitMin, waitMax time.Duration) retryablehttp.CheckRetry {
	return func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		trace := traceFrom(ctx)
		if trace == nil {
			return false, nil
		}
		if !trace.idempotent {
			return trace.retryUnsent && neverProcessed(resp, err), nil
		}
		if err != nil {
			return retryablehttp.DefaultRetryPolicy(ctx, resp, err)
		}
		if !retryableStatus(resp.StatusCode, peekErrorCode(resp)) {
			return false, nil
		}
		if deadline, ok := ctx.Deadline(); ok {
			wait := backoff(waitMin, waitMax, int(trace.attempts.Load())-1, resp)
			if time.Until(deadline) < wait {
				return false, nil
			}
		}
		return true, nil
	}
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
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	_ = resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
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
