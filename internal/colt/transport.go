package colt

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
)

// TrackingHeader is the correlation header Colt requires on the token call;
// the client sends a fresh one on every request.
const TrackingHeader = "x-tracking-id"

// LogFunc receives one structured debug line per HTTP attempt. It never
// receives headers, bodies, secrets or tokens.
type LogFunc func(ctx context.Context, msg string, fields map[string]any)

// callTrace follows one logical call across its HTTP attempts.
type callTrace struct {
	attempts       atomic.Int32
	lastTrackingID atomic.Value // string
	notRetried     atomic.Value // string: why a transient answer was not retried
	op             string
	limit          int64 // of a successful answer's body; maxResponseBody when zero
	idempotent     bool
	// retryUnsent, for a call that is not idempotent, still retries what
	// Colt surely never processed: a refused connection or a 429.
	retryUnsent bool
}

type traceKey struct{}

func withTrace(ctx context.Context, req call) (context.Context, *callTrace) {
	t := &callTrace{op: req.op, limit: req.limit, idempotent: req.idempotent, retryUnsent: req.retryUnsent}
	return context.WithValue(ctx, traceKey{}, t), t
}

func traceFrom(ctx context.Context) *callTrace {
	t, _ := ctx.Value(traceKey{}).(*callTrace)
	return t
}

func (t *callTrace) trackingID() string {
	id, _ := t.lastTrackingID.Load().(string)
	return id
}

// whyNotRetried is the reason the last transient answer was not retried,
// or "" when it was, or none came.
func (t *callTrace) whyNotRetried() string {
	if t == nil {
		return ""
	}
	why, _ := t.notRetried.Load().(string)
	return why
}

// wireTransport is the innermost transport: every attempt gets its own
// x-tracking-id and user agent, and one debug log line.
type wireTransport struct {
	next      http.RoundTripper
	userAgent string
	log       LogFunc
	now       func() time.Time
}

func (t *wireTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	id := uuid.NewString()
	req.Header.Set(TrackingHeader, id)
	if t.userAgent != "" {
		req.Header.Set("User-Agent", t.userAgent)
	}
	trace := traceFrom(req.Context())
	attempt := int32(1)
	if trace != nil {
		attempt = trace.attempts.Add(1)
		trace.lastTrackingID.Store(id)
	}

	start := t.now()
	resp, err := t.next.RoundTrip(req)
	if t.log != nil {
		fields := map[string]any{
			"method":      req.Method,
			"path":        req.URL.Path,
			"tracking_id": id,
			"attempt":     attempt,
			"duration_ms": t.now().Sub(start).Milliseconds(),
		}
		if err != nil {
			fields["error"] = err.Error()
		} else {
			fields["status"] = resp.StatusCode
		}
		t.log(req.Context(), "Colt API request", fields)
	}
	if err == nil && resp.Body != nil {
		resp.Body = newBoundedBody(req, resp, trace, id)
	}
	return resp, err
}
