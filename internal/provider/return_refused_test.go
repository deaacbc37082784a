package provider

import (
	"context"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// stoppedClock is a clock that moves only when told.
type stoppedClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *stoppedClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *stoppedClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// mockAndClient is a colt-mock started with cfg and a client of it on the
// same clock.
func mockAndClient(t *testing.T, cfg mock.Config) (*mock.Server, *colt.Client) {
	t.Helper()
	m := mock.New(cfg)
	srv := httptest.NewServer(m)
	t.Cleanup(srv.Close)
	base, err := colt.ParseBaseURL(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	client, err := colt.New(colt.Config{BaseURL: base, ClientID: mock.DefaultClientID, ClientSecret: mock.DefaultClientSecret,
		Now: cfg.Now, RetryWaitMin: time.Millisecond, RetryWaitMax: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return m, client
}

// A return Colt refuses with 409/205 because another order is changing the
// numbers (an interrupted destroy's return) ends only once Colt no longer
// holds them. The mock's clock is stopped, so that other return cannot
// finish until the test has seen the refused one watching the inventory.
func TestRefusedReturnWaitsForTheNumbersToLeave(t *testing.T) {
	clock := &stoppedClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	m, client := mockAndClient(t, mock.Config{Now: clock.Now, OrderDelay: time.Second})
	ctx := context.Background()
	o, _, err := client.Reserve(ctx, "refused", colt.ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 2})
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Minute)
	if o, err = client.GetOrder(ctx, o.OrderID); err != nil || o.Status != colt.OrderCompleted {
		t.Fatalf("reservation: %+v, %v", o, err)
	}
	if _, err := client.PlaceReturn(ctx, colt.ReturnRequest{CustomerReference: "earlier:return", Numbers: o.Numbers}); err != nil {
		t.Fatal(err)
	}

	inventoryReads := func() int64 { return m.Stats().APIRequests["GET /numberManagement/v1/Number"] }
	before := inventoryReads()
	var diags diag.Diagnostics
	done := make(chan struct{})
	go func() {
		defer close(done)
		returnNumbers(ctx, client, "refused", o.Numbers, false, &diags)
	}()
	// One read finds the numbers to return; a second comes only after
	// Colt refused the return, from the watch for the numbers to leave.
	for inventoryReads() < before+2 {
		select {
		case <-done:
			t.Fatalf("destroy ended while the earlier return still held the numbers (%v)", diags)
		case <-time.After(time.Millisecond): // polling a condition
		}
	}
	if got := m.OrdersPlaced()[colt.OrderReturn]; got != 1 {
		t.Fatalf("%d return orders placed, want only the earlier one (the second refused)", got)
	}
	clock.Advance(time.Minute) // the earlier return completes
	<-done
	if diags.HasError() {
		t.Fatalf("destroy after the earlier return completed: %v", diags)
	}
	if held, err := client.LookupNumbers(ctx, o.Numbers); err != nil || len(held) != 0 {
		t.Errorf("numbers still held after destroy: %v, %v", held, err)
	}
}
