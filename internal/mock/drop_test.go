package mock

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
)

func TestDropNextResponses(t *testing.T) {
	e := newEnv(t)
	route := "POST " + orderURL(typeReservation)
	e.s.DropNextResponses(1, route)
	body := reserveBody("lost", gb(0, 2))

	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(e.request(http.MethodPost, orderURL(typeReservation), body))
	if err == nil {
		_ = resp.Body.Close()
		t.Fatalf("got an answer (%d), want a connection error", resp.StatusCode)
	}
	// The order was created all the same.
	if got := e.s.OrdersPlaced()[typeReservation]; got != 1 {
		t.Errorf("OrdersPlaced = %d, want 1", got)
	}
	if st := e.s.Stats(); st.APIRequests[route] != 1 {
		t.Errorf("APIRequests[%s] = %d", route, st.APIRequests[route])
	}
	// Only one response is lost: the retry is an idempotent replay.
	o := e.place(e.token, typeReservation, body, http.StatusOK)
	if o.OrderID != "ORD-00000001" || !strings.HasPrefix(o.Numbers[0], "+44") {
		t.Errorf("replay %+v", o)
	}
	if got := e.s.OrdersPlaced()[typeReservation]; got != 1 {
		t.Errorf("OrdersPlaced after replay = %d, want 1", got)
	}

	// Other routes are not affected; k <= 0 cancels; Reset clears.
	e.s.DropNextResponses(2, "GET "+orderByIDPath)
	e.s.DropNextResponses(0, "GET "+orderByIDPath)
	e.order(e.token, o.OrderID)
	e.s.DropNextResponses(5, route)
	e.s.Reset()
	e.place(e.token, typeReservation, reserveBody("kept", gb(5, 1)), http.StatusCreated)
}

// Concurrent placements never hand out a number twice, and concurrent
// replays of one request create one order.
func TestConcurrentOrders(t *testing.T) {
	e := newEnv(t)
	var wg sync.WaitGroup
	statuses := make(chan int, 40)
	for i := range 20 {
		body := fmt.Sprintf(`{"customerReference":"c-%d","countryCode":"GB","quantity":5}`, i)
		same := reserveBody("same", gb(500, 3))
		reqA := e.request(http.MethodPost, orderURL(typeReservation), body)
		reqB := e.request(http.MethodPost, orderURL(typeReservation), same)
		reqC := e.request(http.MethodGet, freeNumberPath+"?countryCode=GB", "")
		wg.Go(func() { statuses <- sendStatus(t, reqA) })
		wg.Go(func() { statuses <- sendStatus(t, reqB) })
		wg.Go(func() { sendStatus(t, reqC) })
	}
	wg.Wait()
	close(statuses)
	count := map[int]int{}
	for s := range statuses {
		count[s]++
	}
	if count[http.StatusCreated] != 21 || count[http.StatusOK] != 19 {
		t.Errorf("statuses %v, want 21 created and 19 replays", count)
	}
	e.clock.Advance(2 * testDelay)
	inv := e.inventory(e.token, "limit=200")
	seen := map[string]bool{}
	for _, d := range inv.Numbers {
		if seen[d.Number] {
			t.Errorf("%s handed out twice", d.Number)
		}
		seen[d.Number] = true
	}
	if inv.TotalCount != 103 || e.s.OrdersPlaced()[typeReservation] != 21 {
		t.Errorf("%d numbers, %v orders", inv.TotalCount, e.s.OrdersPlaced())
	}
}

func sendStatus(t *testing.T, req *http.Request) int {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return 0
	}
	_ = resp.Body.Close()
	return resp.StatusCode
}
