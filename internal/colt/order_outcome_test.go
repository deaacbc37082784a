package colt

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const reservationRoute = "POST /numberManagement/v1/reservation/order"

// wireModes are the ways Colt may differ from api/colt.yaml on orders.
var wireModes = []struct {
	name   string
	assume func(*mock.Assumptions)
}{
	{"modelled", func(*mock.Assumptions) {}},
	{"no replay", func(a *mock.Assumptions) { a.OrderReplay = false }},
	{"no order search", func(a *mock.Assumptions) { a.OrderSearch = false }},
	{"no order search, no replay", func(a *mock.Assumptions) { a.OrderSearch, a.OrderReplay = false, false }},
}

func modeMock(t *testing.T, assume func(*mock.Assumptions)) (*mock.Server, *Client) {
	t.Helper()
	a := mock.DefaultAssumptions()
	assume(&a)
	m, base := startMock(t, mock.Config{OrderDelay: 10 * time.Millisecond, Assumptions: &a})
	cfg := testConfig(t, base)
	cfg.EvidenceWait = time.Second
	return m, newClient(t, cfg)
}

// A reservation whose answer is lost is looked up, never simply sent
// again: one order in every mode.
func TestLostAnswerPlacesOneOrder(t *testing.T) {
	for _, mode := range wireModes {
		t.Run(mode.name, func(t *testing.T) {
			m, c := modeMock(t, mode.assume)
			m.DropNextResponses(1, reservationRoute)
			o, adopted, err := c.Reserve(context.Background(), "lost", ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 2})
			if err != nil {
				t.Fatal(err)
			}
			if !adopted || o.CustomerReference != "lost" {
				t.Errorf("order %+v adopted=%v, want the lost order adopted", o, adopted)
			}
			if got := m.OrdersPlaced()[OrderReservation]; got != 1 {
				t.Errorf("%d reservations placed, want 1", got)
			}
		})
	}
}

// A 503 before Colt processed anything: where the order search answers,
// the order is sent again once the search shows it absent; without one
// the provider never resends and says why.
func TestUnknownOutcomeResendsOnlyOnTheSearchsWord(t *testing.T) {
	for _, mode := range wireModes {
		t.Run(mode.name, func(t *testing.T) {
			m, c := modeMock(t, mode.assume)
			m.FailNextOn(reservationRoute, 1, 503, "001")
			_, _, err := c.Reserve(context.Background(), "busy", ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 1})
			placed := m.OrdersPlaced()[OrderReservation]
			if !m.CurrentAssumptions().OrderSearch {
				var unknown *UnknownOutcomeError
				if !errors.As(err, &unknown) || placed != 0 {
					t.Fatalf("err = %v, %d placed; want UnknownOutcomeError and no order", err, placed)
				}
				if !strings.Contains(err.Error(), `"busy"`) || !strings.Contains(Hint(err), "colt_numbers") {
					t.Errorf("diagnostic does not name the reference and how to find it: %v / %s", err, Hint(err))
				}
				return
			}
			if err != nil || placed != 1 {
				t.Fatalf("err = %v, %d placed; want the order placed once", err, placed)
			}
		})
	}
}

// A lost activation answer is resolved through the order search, or,
// without one, through the numbers' state in the inventory.
func TestLostFollowUpAnswerPlacesOneOrder(t *testing.T) {
	for _, mode := range wireModes {
		t.Run(mode.name, func(t *testing.T) {
			m, c := modeMock(t, mode.assume)
			ctx := context.Background()
			res := reserve(t, c, "follow", 2)
			req := AssignmentRequest{CustomerReference: OrderReference("follow", 1), Numbers: res.Numbers,
				EndCustomer: EndCustomer{Name: "Follow Ltd"}}
			m.DropNextResponses(1, "POST /numberManagement/v1/activation/order")
			o, _, err := c.EnsureOrder(ctx, req.CustomerReference, OrderActivation,
				func(ctx context.Context) (*Order, error) { return c.AssignmentInInventory(ctx, OrderActivation, req) },
				func() (*Order, error) { return c.PlaceActivation(ctx, req) })
			if err == nil {
				_, err = c.WaitForOrder(ctx, o, time.Millisecond, 20*time.Millisecond)
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := m.OrdersPlaced()[OrderActivation]; got != 1 {
				t.Errorf("%d activations placed, want 1", got)
			}
		})
	}
}

func TestOrderSearchUnsupportedIsRememberedAndWarnedOnce(t *testing.T) {
	m, c := modeMock(t, func(a *mock.Assumptions) { a.OrderSearch = false })
	var mu sync.Mutex
	var warnings []string
	c.warnLog = func(_ context.Context, msg string, _ map[string]any) {
		mu.Lock()
		warnings = append(warnings, msg)
		mu.Unlock()
	}
	for range 3 {
		if _, err := c.FindOrders(context.Background(), OrderQuery{CustomerReference: "x"}); !IsOrderSearchUnsupported(err) {
			t.Fatalf("err = %v, want unsupported", err)
		}
	}
	if got := m.Stats().APIRequests["GET /numberManagement/v1/order"]; got != 1 {
		t.Errorf("order search asked %d times, want once", got)
	}
	if len(warnings) != 1 {
		t.Errorf("warnings = %q, want one", warnings)
	}
}

func TestOrderStatusesAreReadLeniently(t *testing.T) {
	for raw, want := range map[string]string{
		"Acknowledged": OrderPending, "open": OrderPending, "In Progress": OrderInProgress, "IN_PROGRESS": OrderInProgress,
		"Complete": OrderCompleted, "closed": OrderCompleted, "Success": OrderCompleted,
		"Rejected": OrderFailed, "Cancelled": OrderFailed, "error": OrderFailed,
	} {
		if got, known := NormalizeOrderStatus(raw); !known || got != want {
			t.Errorf("%q -> %q, %v; want %q", raw, got, known, want)
		}
	}
	if _, known := NormalizeOrderStatus("Awaiting Regulator"); known {
		t.Error("an unknown status was mapped")
	}
}

// Renamed statuses still complete; an unknown one is waited on, warned
// about once, and quoted raw with the order id at timeout.
func TestRenamedOrderStatuses(t *testing.T) {
	renamed := map[string]string{"Pending": "Acknowledged", "InProgress": "In Progress", "Completed": "Complete", "Failed": "Rejected"}
	_, c := modeMock(t, func(a *mock.Assumptions) { a.OrderStatuses = renamed })
	o := reserve(t, c, "renamed", 1)
	if o.Status != OrderCompleted || o.RawStatus != "Complete" {
		t.Fatalf("status %q raw %q", o.Status, o.RawStatus)
	}

	m, c := modeMock(t, func(a *mock.Assumptions) { a.OrderStatuses = map[string]string{"Pending": "Awaiting Switch"} })
	m.SetFaults(mock.Faults{OrderDelay: time.Hour})
	var warned int
	c.warnLog = func(_ context.Context, _ string, fields map[string]any) {
		if fields["status"] == "Awaiting Switch" {
			warned++
		}
	}
	placed, _, err := c.Reserve(context.Background(), "stuck", ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 1})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err = c.WaitForOrder(ctx, placed, time.Millisecond, 5*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), `"Awaiting Switch"`) || !strings.Contains(err.Error(), placed.OrderID) {
		t.Fatalf("err = %v, want the raw status and order id", err)
	}
	if warned != 1 {
		t.Errorf("%d warnings for the unknown status, want 1", warned)
	}
}

func TestOutcomeUnknown(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&APIError{StatusCode: 503}, true},
		{&APIError{StatusCode: 502}, true},
		{&APIError{StatusCode: 408}, true},
		{&APIError{StatusCode: 400}, false},
		{&APIError{StatusCode: 429}, false},
		{&ProtocolError{}, true},
		{&TransportError{Err: errors.New("connection reset")}, true},
		{fmt.Errorf("encoding: %w", errors.New("bad")), false},
	} {
		if got := OutcomeUnknown(tc.err); got != tc.want {
			t.Errorf("OutcomeUnknown(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// Waiting reports each status change once, with the time waited. Colt's
// clock moves an order step on only after the waiter has polled the
// current status twice, so no status is missed however slow the machine.
func TestWaitReportsStatusChanges(t *testing.T) {
	clock := newFakeClock()
	const step = time.Second
	m, base := startMock(t, mock.Config{OrderDelay: step, Now: clock.Now})
	c := newClient(t, testConfig(t, base))
	o, _, err := c.Reserve(context.Background(), "report", ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 1})
	if err != nil {
		t.Fatal(err)
	}
	polls := func() int64 { return m.Stats().APIRequests["GET /numberManagement/v1/order/{orderId}"] }
	var seen []string
	done := make(chan error, 1)
	go func() {
		_, err := c.WaitForOrderReporting(context.Background(), o, time.Millisecond, 5*time.Millisecond, func(o *Order, waited time.Duration) {
			if waited <= 0 {
				t.Errorf("waited %v", waited)
			}
			seen = append(seen, o.RawStatus)
		})
		done <- err
	}()
	for {
		for start := polls(); polls() < start+2; {
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
				if strings.Join(seen, ",") != "InProgress,Completed" {
					t.Errorf("reported %v, want InProgress then Completed, once each", seen)
				}
				return
			default:
				time.Sleep(time.Millisecond)
			}
		}
		clock.Advance(step)
	}
}
