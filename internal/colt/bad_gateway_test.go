package colt

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/badgateway"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// behindBadGateway is a client whose Voice API calls meet a gateway that
// misbehaves in mode's way; the token call reaches colt-mock. It returns
// the client and the count of calls the gateway held back.
func behindBadGateway(t *testing.T, mode badgateway.Mode, timeout time.Duration) (*Client, *atomic.Int64) {
	t.Helper()
	var held atomic.Int64
	hit := func(r *http.Request) bool {
		if r.URL.Path == TokenPath {
			return false
		}
		held.Add(1)
		return true
	}
	srv := httptest.NewServer(badgateway.Wrap(mode, hit)(mock.New(mock.Config{})))
	t.Cleanup(srv.Close)
	cfg := testConfig(t, srv.URL)
	cfg.RequestTimeout, cfg.MaxRetries = timeout, 1
	return newClient(t, cfg), &held
}

// A read that meets a broken gateway ends within request_timeout, through
// the plain client and through SharedReads alike; waiters of a shared read
// get its request's error instead of asking again (they once asked for
// ever), and the error says what the gateway did.
func TestReadsEndWithinTheRequestTimeoutWhateverTheGatewayDoes(t *testing.T) {
	const timeout = time.Second
	wants := map[badgateway.Mode]string{
		badgateway.StallAfterHeaders: "still arriving when the call's time (request_timeout) ran out",
		badgateway.NeverAnswer:       "no answer from Colt after 1 attempt(s): the call's time (request_timeout 1s) ran out",
		badgateway.Drip:              "still arriving when the call's time (request_timeout) ran out",
		badgateway.CutMidBody:        "broke off after",
	}
	for _, mode := range badgateway.Modes {
		t.Run(string(mode), func(t *testing.T) {
			t.Parallel()
			c, held := behindBadGateway(t, mode, timeout)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			for _, view := range []struct {
				name   string
				client *Client
			}{{"plain", c}, {"shared", c.SharedReads()}} {
				before := held.Load()
				start := time.Now()
				var wg sync.WaitGroup
				errs := make([]error, 5)
				for i := range errs {
					wg.Go(func() { _, errs[i] = view.client.SearchFreeNumbers(ctx, gbQuery) })
				}
				wg.Wait()
				took := time.Since(start)
				t.Logf("%s %s: 5 reads ended after %s", mode, view.name, took.Round(10*time.Millisecond))
				if took > timeout+2*time.Second || ctx.Err() != nil {
					t.Errorf("%s: 5 reads took %s, want at most request_timeout (%s) and a little", view.name, took, timeout)
				}
				for _, err := range errs {
					if err == nil || !strings.Contains(err.Error(), wants[mode]) {
						t.Errorf("%s: error %v, want one that says %q", view.name, err, wants[mode])
					}
				}
				asked := held.Load() - before
				if view.name == "shared" && asked > 2 {
					t.Errorf("shared: 5 waiting reads made %d requests, want at most max_retries + 1 = 2", asked)
				}
			}
		})
	}
}
