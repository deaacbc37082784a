package colt

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// In an OrderSession, an idempotent call that still fails after
// max_retries is tried again until it succeeds; elsewhere it fails after
// max_retries. A final answer (404) is never repeated.
func TestOrderSessionGoesOnAfterMaxRetries(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == TokenPath {
			_, _ = io.WriteString(w, `{"access_token":"tok","expires_in":1800}`)
			return
		}
		if calls.Add(1) <= 7 {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, `{"status":503,"code":"001","reason":"Service Unavailable"}`)
			return
		}
		_, _ = io.WriteString(w, `{"freeNumbers":[],"totalCount":0}`)
	}))
	t.Cleanup(srv.Close)
	cfg := testConfig(t, srv.URL)
	cfg.MaxRetries = 1
	c := newClient(t, cfg)

	if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err == nil || calls.Load() != 2 {
		t.Fatalf("outside an OrderSession: err %v after %d calls, want an error after 2", err, calls.Load())
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := c.OrderSession().SearchFreeNumbers(ctx, gbQuery); err != nil || calls.Load() != 8 {
		t.Fatalf("in an OrderSession: err %v after %d calls, want success at the 8th", err, calls.Load())
	}
}
