package colt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// ErrBodyTooLarge is wrapped by a BodyError for an answer over its limit.
var ErrBodyTooLarge = errors.New("answer too large")

// BodyError is an answer the client stopped reading: larger than its
// limit, still arriving when the call's time ran out, or broken off.
type BodyError struct {
	Operation  string
	StatusCode int
	Limit      int64 // the limit the body exceeded
	Read       int64 // bytes read before the client stopped
	TrackingID string
	// Err is ErrBodyTooLarge, the context's error, or the read error.
	Err error
}

func (e *BodyError) Error() string {
	msg := fmt.Sprintf("%s: Colt's answer (HTTP %d) %s", e.Operation, e.StatusCode, e.reason())
	if e.TrackingID != "" {
		msg += " [x-tracking-id " + e.TrackingID + "]"
	}
	return msg
}

func (e *BodyError) Unwrap() error { return e.Err }

// reason says what happened to the body, after "Colt's answer".
func (e *BodyError) reason() string {
	switch {
	case errors.Is(e.Err, ErrBodyTooLarge):
		return "is too large: it exceeds the limit of " + byteSize(e.Limit) + " for this answer, so it was not read"
	case errors.Is(e.Err, context.DeadlineExceeded):
		return fmt.Sprintf("was still arriving when the call's time (request_timeout) ran out, after %d bytes", e.Read)
	case errors.Is(e.Err, context.Canceled):
		return fmt.Sprintf("was still arriving when the call was cancelled, after %d bytes", e.Read)
	}
	return fmt.Sprintf("broke off after %d bytes: %v", e.Read, e.Err)
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// boundedBody reads at most limit bytes of an answer and turns every way
// of not getting all of it into a *BodyError: more than limit bytes (or a
// Content-Length saying so: nothing is read then), the request's context
// ending mid-body (a slow, trickling answer), a broken connection.
type boundedBody struct {
	rc    io.ReadCloser
	ctx   context.Context
	limit int64
	read  int64
	err   *BodyError // what every later Read returns
}

func newBoundedBody(req *http.Request, resp *http.Response, trace *callTrace, trackingID string) *boundedBody {
	b := &boundedBody{rc: resp.Body, ctx: req.Context(), limit: bodyLimit(resp.StatusCode, trace)}
	b.err = &BodyError{StatusCode: resp.StatusCode, Limit: b.limit, TrackingID: trackingID}
	if trace != nil {
		b.err.Operation = trace.op
	}
	if resp.ContentLength > b.limit {
		b.err.Err = ErrBodyTooLarge
	}
	return b
}

// bodyLimit is maxErrorBody for answers that are not a success, else the
// call's own limit or maxResponseBody.
func bodyLimit(status int, trace *callTrace) int64 {
	switch {
	case status < 200 || status > 299:
		return maxErrorBody
	case trace != nil && trace.limit > 0:
		return trace.limit
	}
	return maxResponseBody
}

func (b *boundedBody) Read(p []byte) (int, error) {
	if b.err.Err != nil {
		return 0, b.err
	}
	if room := b.limit - b.read; int64(len(p)) > room+1 {
		p = p[:room+1] // one byte more than fits tells a body over the limit
	}
	n, err := b.rc.Read(p)
	b.read += int64(n)
	switch {
	case b.read > b.limit:
		over := int(b.read - b.limit)
		b.read = b.limit
		return n - over, b.stop(ErrBodyTooLarge)
	case err == nil || errors.Is(err, io.EOF):
		return n, err
	case b.ctx.Err() != nil:
		return n, b.stop(b.ctx.Err())
	}
	return n, b.stop(err)
}

func (b *boundedBody) stop(err error) error {
	b.err.Err, b.err.Read = err, b.read
	return b.err
}

func (b *boundedBody) Close() error { return b.rc.Close() }
