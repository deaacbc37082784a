package colt

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// tokenGate holds every token request at the transport until released, so
// a test knows a fetch is in flight, and counts them as they arrive.
type tokenGate struct {
	next    http.RoundTripper
	arrived chan struct{} // one send per token request
	release chan struct{}
	once    sync.Once
	count   atomic.Int32
}

func newTokenGate(t *testing.T) *tokenGate {
	g := &tokenGate{
		next:    http.DefaultTransport.(*http.Transport).Clone(),
		arrived: make(chan struct{}, 1000),
		release: make(chan struct{}),
	}
	t.Cleanup(g.open)
	return g
}

func (g *tokenGate) open() { g.once.Do(func() { close(g.release) }) }

func (g *tokenGate) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Path == TokenPath {
		g.count.Add(1)
		g.arrived <- struct{}{}
		select {
		case <-g.release:
		case <-r.Context().Done():
			return nil, r.Context().Err()
		}
	}
	return g.next.RoundTrip(r)
}

// gatedClient is a client on the mock whose token requests pass g, with a
// call budget no slow machine exhausts.
func gatedClient(t *testing.T) (*Client, *mock.Server, *tokenGate) {
	t.Helper()
	m, base := startMock(t, mock.Config{})
	g := newTokenGate(t)
	cfg := testConfig(t, base)
	cfg.Transport = g
	cfg.RequestTimeout = 10 * time.Minute
	return newClient(t, cfg), m, g
}

// inTokenSource counts the goroutines started by the running test that are
// inside the token source: fetching, or waiting for another's fetch.
func inTokenSource(t *testing.T) int {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	creator := []byte("created by github.com/colt-community/terraform-provider-colt/internal/colt." + t.Name() + " ")
	count := 0
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		if bytes.Contains(g, []byte(".(*credentialSource).Token(")) && bytes.Contains(g, creator) {
			count++
		}
	}
	return count
}

// holdUntil keeps the held fetch until want goroutines of the test are in
// the token source, or a second token request shows there is no single
// flight. The bound only ends a test that already failed.
func (g *tokenGate) holdUntil(t *testing.T, want int) {
	t.Helper()
	<-g.arrived
	deadline := time.Now().Add(2 * time.Minute)
	for inTokenSource(t) < want && g.count.Load() == 1 {
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d callers reached the token source", inTokenSource(t), want)
		}
		time.Sleep(time.Millisecond) // polling a condition, not waiting for one
	}
}

// The first caller's token request is held until every caller is waiting
// for it, so callers that fetched on their own would show as a second
// token request whatever the machine's speed.
func TestConcurrentCallersShareOneTokenRequest(t *testing.T) {
	c, m, gate := gatedClient(t)
	const callers = 100
	var wg sync.WaitGroup
	errs := make(chan error, callers)
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.SearchFreeNumbers(context.Background(), gbQuery)
			errs <- err
		}()
	}
	gate.holdUntil(t, callers)
	gate.open()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := gate.count.Load(); got != 1 {
		t.Errorf("%d concurrent callers caused %d token requests, want 1", callers, got)
	}
	if got := m.Stats().APIRequests["GET /numberManagement/v1/freeNumber"]; got != callers {
		t.Errorf("API requests = %d, want %d", got, callers)
	}
}

// A caller waiting for another's token fetch gives up when its context
// ends, without a fetch of its own. The first fetch is held until the
// second caller is waiting for it.
func TestContextCancelStopsWaitingForTheToken(t *testing.T) {
	c, _, gate := gatedClient(t)
	first := make(chan error, 1)
	go func() {
		_, err := c.Token(context.Background())
		first <- err
	}()
	<-gate.arrived
	gate.arrived <- struct{}{} // holdUntil takes it again

	ctx, cancel := context.WithCancel(context.Background())
	waiting := make(chan error, 1)
	go func() {
		_, err := c.Token(ctx)
		waiting <- err
	}()
	gate.holdUntil(t, 2)
	if got := gate.count.Load(); got != 1 {
		t.Fatalf("a second caller sent its own token request (%d in all) instead of waiting for the first", got)
	}
	cancel()
	select {
	case err := <-waiting:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want the caller's cancellation", err)
		}
	case <-time.After(time.Minute): // only a failing test waits this long
		gate.open()
		t.Fatalf("a cancelled caller still waits for another's token fetch (then: %v)", <-waiting)
	}
	gate.open()
	if err := <-first; err != nil {
		t.Fatalf("the first caller: %v", err)
	}
	if got := gate.count.Load(); got != 1 {
		t.Errorf("%d token requests, want 1", got)
	}
}
