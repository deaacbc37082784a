package colt

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// reservationMock is a mock behind rewrite, which may change the answers
// to inventory searches by order id; its client has learned how long a
// reservation takes.
func reservationMock(t *testing.T, rewrite func(body map[string]any)) (*mock.Server, *Client) {
	t.Helper()
	m := mock.New(mock.Config{OrderDelay: 50 * time.Millisecond})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rewrite == nil || r.URL.Path != inventoryPath || r.URL.Query().Get("orderId") == "" {
			m.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		m.ServeHTTP(rec, r)
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Error(err)
		}
		rewrite(body)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(body)
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, testConfig(t, srv.URL))
	placeAndWait(t, m, c, "learn-the-pace")
	m.Reset()
	return m, c
}

func waitReservation(t *testing.T, c *Client, ref string, quantity int) (*Order, []NumberDetail) {
	t.Helper()
	ctx := context.Background()
	r := ReservationRequest{CustomerReference: ref, CountryCode: "GB", AreaCode: "20", Quantity: quantity}
	o, err := c.PlaceReservation(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	done, held, err := c.WaitForReservation(ctx, o, r, time.Millisecond, 5*time.Second, nil)
	if err != nil || done.Status != OrderCompleted || len(done.Numbers) != quantity {
		t.Fatalf("reservation of %d: %+v, %v", quantity, done, err)
	}
	return done, held
}

// At its expected time a reservation's numbers are read from the
// inventory by its order id: one request instead of reading the order and
// then its numbers.
func TestReservationSeenInTheInventoryInOneRead(t *testing.T) {
	m, c := reservationMock(t, nil)
	done, held := waitReservation(t, c, "one-read", 3)
	if len(held) != 3 || held[0].Number != done.Numbers[0] || held[0].Status != StatusReserved {
		t.Errorf("entries %+v for numbers %v", held, done.Numbers)
	}
	api := m.Stats().APIRequests
	if api[orderReadRoute] != 0 || api["GET "+inventoryPath] != 1 {
		t.Errorf("order reads %d, inventory reads %d; want 0 and 1", api[orderReadRoute], api["GET "+inventoryPath])
	}
}

// An inventory that shows only some of the numbers, or ignores the order
// id and lists others, proves nothing: the order is read instead, and the
// caller reads the numbers itself.
func TestReservationNotFullyInTheInventoryIsReadFromTheOrder(t *testing.T) {
	for name, rewrite := range map[string]func(map[string]any){
		"some numbers": func(body map[string]any) {
			if numbers, _ := body["numbers"].([]any); len(numbers) > 1 {
				body["numbers"], body["totalCount"] = numbers[:1], 1
			}
		},
		"filter ignored": func(body map[string]any) {
			numbers, _ := body["numbers"].([]any)
			body["numbers"] = append(numbers, map[string]any{"number": "+442071239999", "status": "Reserved", "orderIds": []string{}})
			body["totalCount"] = len(numbers) + 1
		},
	} {
		t.Run(name, func(t *testing.T) {
			m, c := reservationMock(t, rewrite)
			_, held := waitReservation(t, c, "partial", 3)
			if held != nil {
				t.Errorf("entries %+v returned from a partial listing", held)
			}
			if reads := m.Stats().APIRequests[orderReadRoute]; reads == 0 {
				t.Error("the order was never read")
			}
		})
	}
}

// reserveAtOnce places n one-number reservations at once from a client
// that has timed none yet, and waits for each as create does.
func reserveAtOnce(t *testing.T, c *Client, n int) {
	t.Helper()
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := context.Background()
			r := ReservationRequest{CustomerReference: fmt.Sprintf("at-once-%d", i), CountryCode: "GB", Quantity: 1}
			o, err := c.PlaceReservation(ctx, r)
			if err == nil {
				_, _, err = c.WaitForReservation(ctx, o, r, 50*time.Millisecond, 5*time.Second, nil)
			}
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

// The first reservations of a process cost one inventory read each and
// no order read: the scout probes the inventory once the order is likely
// done, learns from the numbers' expiry (the 90-day hold) how long the
// order really took, and the others probe at that time.
func TestFirstReservationsAreSeenInTheInventoryAlone(t *testing.T) {
	for _, byDay := range []bool{false, true} {
		t.Run(fmt.Sprintf("expiry by day %v", byDay), func(t *testing.T) {
			m, base := startMock(t, mock.Config{OrderDelay: 25 * time.Millisecond}) // done 50 ms after placing
			assume := m.CurrentAssumptions()
			assume.ReservationExpiryByDay = byDay
			if err := m.SetAssumptions(assume); err != nil {
				t.Fatal(err)
			}
			c := newClient(t, testConfig(t, base))
			const n = 10
			reserveAtOnce(t, c, n)
			api := m.Stats().APIRequests
			if api[orderReadRoute] != 0 || api["GET "+inventoryPath] != n {
				t.Errorf("%d reservations at once: %d order reads, %d inventory reads; want 0 and %d",
					n, api[orderReadRoute], api["GET "+inventoryPath], n)
			}
			// Read from the expiry, the pace is the order's 50 ms; an
			// expiry given by the day proves nothing, and the scout's wait
			// (150 ms) is kept as an upper bound.
			pace := c.paces.expected(OrderReservation)
			if exact := pace < 150*time.Millisecond; exact == byDay || pace < 50*time.Millisecond || pace > time.Second {
				t.Errorf("learned pace %v (expiry by day %v)", pace, byDay)
			}
		})
	}
}

// A scout whose probe comes before the order is done reads the order
// from then on, as any waiter whose order is late, and learns the pace
// from Colt's timestamps.
func TestScoutProbingTooEarlyReadsTheOrder(t *testing.T) {
	m, base := startMock(t, mock.Config{OrderDelay: 150 * time.Millisecond}) // done 300 ms after placing
	c := newClient(t, testConfig(t, base))
	reserveAtOnce(t, c, 5)
	if reads := m.Stats().APIRequests[orderReadRoute]; reads == 0 {
		t.Error("the order of a scout that probed too early was never read")
	}
	if pace := c.paces.expected(OrderReservation); pace < 300*time.Millisecond || pace > time.Second {
		t.Errorf("learned pace %v, want the order's 300 ms", pace)
	}
}

// The expiry tells how long a reservation took only when it is finer than
// a second and lands between placing the order and seeing it done.
func TestReservationTimeReadFromTheExpiry(t *testing.T) {
	created := time.Date(2026, 3, 2, 10, 0, 0, 250_000_000, time.UTC)
	o := &Order{OrderType: OrderReservation, CreatedAt: created}
	expiring := func(completed time.Time) []NumberDetail {
		at := completed.Add(reservationHold)
		return []NumberDetail{{ReservationExpiresAt: &at}}
	}
	const waited = 300 * time.Millisecond
	cases := []struct {
		name  string
		held  []NumberDetail
		took  time.Duration
		exact bool
	}{
		{"to the nanosecond", expiring(created.Add(120 * time.Millisecond)), 120 * time.Millisecond, true},
		{"to the second", expiring(created.Truncate(time.Second).Add(time.Second)), waited, false},
		{"by the day", expiring(created.Truncate(24 * time.Hour).Add(24*time.Hour + time.Nanosecond)), waited, false},
		{"before the order", expiring(created.Add(-time.Millisecond)), waited, false},
		{"no expiry", []NumberDetail{{}}, waited, false},
	}
	for _, tc := range cases {
		if took, exact := reservationTook(o, tc.held, waited); took != tc.took || exact != tc.exact {
			t.Errorf("%s: took %v (exact %v), want %v (%v)", tc.name, took, exact, tc.took, tc.exact)
		}
	}
}
