package mock

import (
	"net/url"
	"strings"
	"testing"
)

func TestSeedCreatesInventoryWithoutCountingOrders(t *testing.T) {
	e := newEnv(t)
	res, err := e.s.Seed(DefaultClientID, Seed{Numbers: 1050, PortIns: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res != (SeedResult{Blocks: 11, Activated: 5, PortIns: 2, Numbers: 1060}) {
		t.Errorf("seed result %+v", res)
	}
	for status, want := range map[string]int{
		statusReserved: 550, statusActivated: 500, statusPortInActivated: 2 * SeedPortInSize, statusPorting: 0,
	} {
		if got := e.inventory(e.token, "status="+url.QueryEscape(status)).TotalCount; got != want {
			t.Errorf("%d numbers %s, want %d", got, status, want)
		}
	}
	gb := e.inventory(e.token, "customerReference=legacy-gb-001")
	if gb.TotalCount != SeedBlockSize || gb.Numbers[0].CountryCode != "GB" || gb.Numbers[0].Status != statusReserved {
		t.Errorf("legacy-gb-001: %d numbers, first %+v", gb.TotalCount, gb.Numbers[0])
	}
	// The eleventh block, of the 50 numbers left, is the eleventh country's.
	if n := e.inventory(e.token, "customerReference=legacy-ch-001").TotalCount; n != 50 {
		t.Errorf("legacy-ch-001 has %d numbers, want 50", n)
	}
	frPage := e.inventory(e.token, "customerReference=legacy-fr-001")
	fr := frPage.Numbers
	if frPage.TotalCount != SeedBlockSize || fr[0].Status != statusActivated || fr[0].EndCustomer == nil || len(fr[0].OrderIDs) != 2 {
		t.Fatalf("legacy-fr-001 is not an activated block of %d: %d numbers, first %+v", SeedBlockSize, frPage.TotalCount, fr[0])
	}
	port := e.inventory(e.token, "customerReference=legacy-port-fr-002").Numbers
	if len(port) != SeedPortInSize || !strings.HasPrefix(port[0].Number, "+338") {
		t.Errorf("legacy-port-fr-002: %+v", port)
	}
	if placed := e.s.OrdersPlaced(); len(placed) != 0 {
		t.Errorf("seeding counted as orders placed: %v", placed)
	}
	if n := e.s.OrdersInFlight(); n != 0 {
		t.Errorf("%d seeded orders still in flight", n)
	}
	if n := e.inventory(e.other, "").TotalCount; n != 0 {
		t.Errorf("another client sees %d seeded numbers", n)
	}
	// The pool moved on: a new reservation takes other numbers.
	o := e.done(typeReservation, `{"customerReference":"after-seed","countryCode":"GB","quantity":2}`)
	if o.Status != orderCompleted || o.Numbers[0] == gb.Numbers[0].Number {
		t.Errorf("reservation after seeding: %+v", o)
	}
}

func TestSeedRefusesBadSizes(t *testing.T) {
	e := newEnv(t)
	for _, spec := range []Seed{{Numbers: -1}, {PortIns: -1}, {Numbers: maxSeedNumbers + 1}, {FirstOrderID: -1}, {FirstOrderID: maxOrderID + 1}} {
		if _, err := e.s.Seed(DefaultClientID, spec); err == nil {
			t.Errorf("Seed(%+v) accepted", spec)
		}
	}
}

// FirstOrderID moves order ids on, for the seed's orders and the ones
// placed after it, and never back.
func TestSeedFirstOrderID(t *testing.T) {
	e := newEnv(t)
	if _, err := e.s.Seed(DefaultClientID, Seed{Numbers: SeedBlockSize, FirstOrderID: 12345}); err != nil {
		t.Fatal(err)
	}
	if o := e.order(e.token, "ORD-00012345"); o.CustomerReference != "legacy-gb-001" || o.OrderType != typeReservation {
		t.Errorf("ORD-00012345 is %+v, want the seeded reservation", o)
	}
	if _, err := e.s.Seed(DefaultClientID, Seed{FirstOrderID: 100}); err != nil {
		t.Fatal(err)
	}
	if o := e.done(typeReservation, `{"customerReference":"next","countryCode":"FR","quantity":1}`); o.OrderID != "ORD-00012346" {
		t.Errorf("the order after the seed is %s, want ORD-00012346", o.OrderID)
	}
}
