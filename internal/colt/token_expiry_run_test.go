package colt

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// tokenRunLength is over a minute, so that a run outlives several short
// tokens and a refresh margin that does not scale would show.
const tokenRunLength = 65 * time.Second

// Runs over a minute on the wall clock, side by side, with tokens of 5 s,
// 20 s and 30 min: no request ever reaches Colt with an expired token (a 401
// the client would retry is counted, not hidden), and token requests stay
// within run time / (lifetime / 2) + 2.
func TestTokenExpiryDuringLongRuns(t *testing.T) {
	lifetimes := []time.Duration{5 * time.Second, 20 * time.Second, 30 * time.Minute}
	runs := make([]tokenRun, len(lifetimes))
	var wg sync.WaitGroup
	for i, lifetime := range lifetimes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runs[i] = runWithTokenLifetime(t, lifetime)
		}()
	}
	wg.Wait()
	for i, lifetime := range lifetimes {
		t.Run(lifetime.String(), func(t *testing.T) {
			r := runs[i]
			bound := int64(r.elapsed/(lifetime/2)) + 2
			t.Logf("%v tokens: %d calls over %v, %d token requests (bound %d)", lifetime, r.calls, r.elapsed.Round(time.Second), r.tokens, bound)
			if r.failed > 0 || r.rejected > 0 {
				t.Errorf("%d calls failed, %d requests rejected with 401", r.failed, r.rejected)
			}
			if r.tokens > bound {
				t.Errorf("%d token requests, want at most %d", r.tokens, bound)
			}
			if minimum := int64(r.elapsed / lifetime); r.tokens < minimum {
				t.Errorf("%d token requests over %v of %v tokens: the run did not outlive them", r.tokens, r.elapsed, lifetime)
			}
		})
	}
}

type tokenRun struct {
	elapsed                         time.Duration
	calls, failed, rejected, tokens int64
}

func runWithTokenLifetime(t *testing.T, lifetime time.Duration) tokenRun {
	m := mock.New(mock.Config{TokenLifetime: lifetime})
	var rejected atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusWriter{ResponseWriter: w}
		m.ServeHTTP(rec, r)
		if rec.status == http.StatusUnauthorized {
			rejected.Add(1)
		}
	}))
	defer srv.Close()
	c := newClient(t, testConfig(t, srv.URL))
	start := time.Now()
	calls, failed := callUntil(c, start.Add(tokenRunLength))
	return tokenRun{elapsed: time.Since(start), calls: calls, failed: failed, rejected: rejected.Load(), tokens: m.Stats().TokenRequests}
}

// callUntil keeps four callers searching free numbers until the deadline.
func callUntil(c *Client, deadline time.Time) (calls, failed int64) {
	var callCount, failures atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err != nil {
					failures.Add(1)
				}
				callCount.Add(1)
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	return callCount.Load(), failures.Load()
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}
