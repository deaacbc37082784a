package colt

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const orderReadRoute = "GET /numberManagement/v1/order/{orderId}"

// placeAndWait reserves one number and waits for it, returning how many
// reads of the order that took.
func placeAndWait(t *testing.T, m *mock.Server, c *Client, ref string) int64 {
	t.Helper()
	ctx := context.Background()
	before := m.Stats().APIRequests[orderReadRoute]
	o, err := c.PlaceReservation(ctx, ReservationRequest{CustomerReference: ref, CountryCode: "GB", Quantity: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitForOrder(ctx, o, time.Millisecond, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	return m.Stats().APIRequests[orderReadRoute] - before
}

// An order whose answer carries Retry-After is read first when Colt says,
// not before: one read for an order done by then.
func TestWaitForOrderHonoursRetryAfter(t *testing.T) {
	m := mock.New(mock.Config{OrderDelay: 150 * time.Millisecond}) // done 300 ms after placing
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/order") && r.Method == http.MethodPost {
			w.Header().Set("Retry-After", "1")
		}
		m.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, testConfig(t, srv.URL))
	if reads := placeAndWait(t, m, c, "retry-after"); reads != 1 {
		t.Errorf("the order was read %d times, want 1 (at Colt's Retry-After)", reads)
	}
}

// Without Retry-After, an order is first read after as long as the last
// one of its type took by Colt's timestamps.
func TestWaitForOrderFollowsExpectedTime(t *testing.T) {
	m, base := startMock(t, mock.Config{OrderDelay: 100 * time.Millisecond}) // done 200 ms after placing
	c := newClient(t, testConfig(t, base))
	if first := placeAndWait(t, m, c, "pace-1"); first < 3 {
		t.Fatalf("the first order was read %d times from a 1 ms first wait, want several", first)
	}
	for _, ref := range []string{"pace-2", "pace-3"} {
		if reads := placeAndWait(t, m, c, ref); reads != 1 {
			t.Errorf("order %s was read %d times, want 1 (when the last one took)", ref, reads)
		}
	}
}

// Orders of a type not timed yet, placed at once, share one backoff: one
// waiter polls from the short first wait, the others wait until it has
// learned how long an order takes and then read theirs once.
func TestOrdersPlacedAtOnceShareOneBackoff(t *testing.T) {
	m, base := startMock(t, mock.Config{OrderDelay: 100 * time.Millisecond}) // done 200 ms after placing
	c := newClient(t, testConfig(t, base))
	const orders = 10
	var wg sync.WaitGroup
	for i := range orders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := context.Background()
			o, err := c.PlaceReservation(ctx, ReservationRequest{CustomerReference: fmt.Sprintf("scout-%d", i), CountryCode: "GB", Quantity: 1})
			if err == nil {
				_, err = c.WaitForOrder(ctx, o, time.Millisecond, 5*time.Second)
			}
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	// The scout reads about 8 times (1 ms doubling to 200 ms), the others
	// once or twice; each polling on its own, 10 orders take about 80.
	if reads := m.Stats().APIRequests[orderReadRoute]; reads > 8+2*(orders-1) {
		t.Errorf("%d orders placed at once were read %d times, want at most %d", orders, reads, 8+2*(orders-1))
	}
}
