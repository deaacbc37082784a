package colt

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

func orderMock(t *testing.T) (*mock.Server, *Client) {
	t.Helper()
	m, base := startMock(t, mock.Config{OrderDelay: 10 * time.Millisecond})
	return m, newClient(t, testConfig(t, base))
}

func reserve(t *testing.T, c *Client, ref string, quantity int) *Order {
	t.Helper()
	ctx := context.Background()
	o, _, err := c.Reserve(ctx, ref, ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: quantity})
	if err != nil {
		t.Fatal(err)
	}
	o, err = c.WaitForOrder(ctx, o, time.Millisecond, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestReservationLifecycle(t *testing.T) {
	m, c := orderMock(t)
	ctx := context.Background()
	o := reserve(t, c, "life", 3)
	if o.Status != OrderCompleted || len(o.Numbers) != 3 || o.CustomerReference != "life" {
		t.Fatalf("order = %+v", o)
	}
	held, err := c.LookupNumbers(ctx, o.Numbers)
	if err != nil || len(held) != 3 || held[o.Numbers[0]].Status != StatusReserved {
		t.Fatalf("held = %v, %v", held, err)
	}

	// The same reference again adopts the live reservation.
	again, adopted, err := c.Reserve(ctx, "life", ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 3})
	if err != nil || !adopted || again.OrderID != o.OrderID {
		t.Fatalf("second Reserve: %+v adopted=%v err=%v", again, adopted, err)
	}

	ret, err := c.PlaceReturn(ctx, ReturnRequest{CustomerReference: ReturnReference("life", 1), Numbers: o.Numbers})
	if err == nil {
		_, err = c.WaitForOrder(ctx, ret, time.Millisecond, 20*time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}

	// Its numbers given back, the reference starts a second life.
	next := reserve(t, c, "life", 1)
	if next.CustomerReference != "life~2" || BaseReference(next.CustomerReference) != "life" {
		t.Errorf("second life reference = %q", next.CustomerReference)
	}
	if got := m.OrdersPlaced()[OrderReservation]; got != 2 {
		t.Errorf("%d reservations placed, want 2", got)
	}
}

func TestFailedOrderIsTyped(t *testing.T) {
	m, c := orderMock(t)
	m.FailNextOrders(1, "NO_CAPACITY", "no capacity")
	ctx := context.Background()
	o, _, err := c.Reserve(ctx, "fails", ReservationRequest{CountryCode: "GB", Quantity: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.WaitForOrder(ctx, o, time.Millisecond, 20*time.Millisecond)
	var failed *OrderFailedError
	if !errors.As(err, &failed) || failed.Order.FailureCode != "NO_CAPACITY" {
		t.Fatalf("err = %v", err)
	}
	// A failed life is skipped: the reference is usable again.
	if next := reserve(t, c, "fails", 1); next.CustomerReference != "fails~2" {
		t.Errorf("after a failed order the reference is %q", next.CustomerReference)
	}
}

// Look-ups that arrive while one is in flight share the next query: the
// mock holds the first query until all 40 callers have asked, so at most
// two queries serve them, whatever the timing.
func TestConcurrentLookupsShareQueries(t *testing.T) {
	m := mock.New(mock.Config{OrderDelay: 10 * time.Millisecond})
	var c *Client
	var held atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == inventoryPath && held.CompareAndSwap(false, true) {
			for joined(c) < 40 {
				time.Sleep(time.Millisecond)
			}
		}
		m.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	c = newClient(t, testConfig(t, srv.URL))
	o := reserve(t, c, "batch", 40)
	m.Reset()
	held.Store(false)
	c.lookup.mu.Lock()
	c.lookup.joined = 0
	c.lookup.mu.Unlock()

	var wg sync.WaitGroup
	errs := make(chan error, len(o.Numbers))
	for _, n := range o.Numbers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			held, err := c.LookupNumbers(context.Background(), []string{n})
			if err == nil && held[n].Number != n {
				err = fmt.Errorf("lookup of %s returned %v", n, held)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := m.Stats().APIRequests["GET /numberManagement/v1/Number"]; got < 1 || got > 2 {
		t.Errorf("%d concurrent look-ups made %d inventory requests, want 1 or 2 (the first, and one for all who waited)", len(o.Numbers), got)
	}
}

func joined(c *Client) int {
	c.lookup.mu.Lock()
	defer c.lookup.mu.Unlock()
	return c.lookup.joined
}

func TestRangeGroups(t *testing.T) {
	groups := rangeGroups(map[string]bool{
		"+442071230000": true, "+442071230005": true, "+442079990000": true, // two GB ranges
		"+33171230000": true,                        // FR
		"+4930712300":  true, "+493071230000": true, // DE of two lengths
	})
	if len(groups) != 5 {
		t.Errorf("groups = %v", groups)
	}
}

func TestFindOrdersPages(t *testing.T) {
	_, c := orderMock(t)
	ctx := context.Background()
	for i := range PageLimit + 5 {
		if _, err := c.PlaceReservation(ctx, ReservationRequest{
			CustomerReference: fmt.Sprintf("page-%d", i), CountryCode: "GB", AreaCode: "20", Quantity: 1,
		}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := c.FindOrders(ctx, OrderQuery{OrderType: OrderReservation})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != PageLimit+5 {
		t.Errorf("found %d orders over two pages, want %d", len(all), PageLimit+5)
	}
}
