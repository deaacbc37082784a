package api

import (
	"context"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// The client's number-management requests, and the answers to them, match
// colt.yaml: every call below goes through the validating handler.
func TestClientNumberRequestsFollowSpec(t *testing.T) {
	env := newNumberEnv(t, true)
	c := newContractClient(t, env.ts.URL)
	ctx := context.Background()
	must := func(o *colt.Order, err error) *colt.Order {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	settle := func(o *colt.Order) *colt.Order {
		t.Helper()
		env.clock.Advance(2 * orderDelay)
		done := must(c.GetOrder(ctx, o.OrderID))
		if done.Status != colt.OrderCompleted {
			t.Fatalf("%s order %s is %s", done.OrderType, done.OrderID, done.Status)
		}
		return done
	}

	if _, err := c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: "GB", AreaCode: "20", Quantity: 5}); err != nil {
		t.Fatal(err)
	}
	reserved, _, err := c.Reserve(ctx, "contract", colt.ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 3})
	reserved = settle(must(reserved, err))
	explicit, _, err := c.Reserve(ctx, "contract-explicit", colt.ReservationRequest{
		CountryCode: "DE", Numbers: []string{"+493071239990"}, RegulatorApprovalReference: "BNetzA-1",
	})
	settle(must(explicit, err))

	if held, err := c.LookupNumbers(ctx, reserved.Numbers); err != nil || len(held) != 3 {
		t.Fatalf("lookup: %v %v", held, err)
	}
	if block, err := c.ListNumbers(ctx, colt.NumberQuery{CustomerReference: "contract", Status: colt.StatusReserved, CountryCode: "GB"}); err != nil || len(block) != 3 {
		t.Fatalf("list: %v %v", block, err)
	}
	assign := colt.AssignmentRequest{
		CustomerReference: colt.OrderReference("contract", 1), Numbers: reserved.Numbers,
		EndCustomer: colt.EndCustomer{Name: "ACME Ltd", RegistrationNumber: "GB123456789"}, EmergencyAddressID: "ADDR-1",
	}
	settle(must(c.PlaceActivation(ctx, assign)))
	assign.CustomerReference, assign.DirectoryListing = colt.OrderReference("contract", 2), true
	settle(must(c.PlaceCustomerUpdate(ctx, assign)))
	settle(must(c.PlaceReturn(ctx, colt.ReturnRequest{CustomerReference: colt.ReturnReference("contract", 1), Numbers: reserved.Numbers})))

	port := must(c.PlacePortIn(ctx, colt.PortInRequest{
		CustomerReference: "contract-port", CountryCode: "GB", Numbers: []string{"+441632960100"},
		LosingCarrier: "BT", RequestedDate: env.clock.Now().AddDate(0, 0, 7).Format("2006-01-02"),
		RequestedWindow: "outOfHours", EndCustomer: colt.EndCustomer{Name: "ACME Ltd"},
	}))
	settle(must(c.PlacePortUpdate(ctx, colt.PortUpdateRequest{CustomerReference: "contract-port:1", PortInOrderID: port.OrderID, LosingCarrier: "Sky"})))
	must(c.PlacePortUpdate(ctx, colt.PortUpdateRequest{CustomerReference: "contract-port:cancel", PortInOrderID: port.OrderID, Cancel: true}))
	if orders, err := c.FindOrders(ctx, colt.OrderQuery{OrderType: colt.OrderPortUpdate}); err != nil || len(orders) != 2 {
		t.Fatalf("find: %v %v", orders, err)
	}

	// Nomadic numbers, the inventory by CLI, and directory service entries.
	free, err := c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: "DE", Quantity: 2, NumberType: colt.NumberNomadic})
	if err != nil || len(free) != 2 || free[0].NumberType != colt.NumberNomadic {
		t.Fatalf("nomadic search: %+v %v", free, err)
	}
	nomadic := settle(must(c.PlaceReservation(ctx, colt.ReservationRequest{CustomerReference: "contract-nomadic", CountryCode: "DE",
		Numbers: []string{free[0].Number}, NumberType: colt.NumberNomadic})))
	if byCLI, err := c.ListNumbers(ctx, colt.NumberQuery{CLI: nomadic.Numbers[0]}); err != nil || len(byCLI) != 1 || byCLI[0].NumberType != colt.NumberNomadic {
		t.Fatalf("by CLI: %+v %v", byCLI, err)
	}
	se := settle(must(c.PlaceReservation(ctx, colt.ReservationRequest{CustomerReference: "contract-se", CountryCode: "SE", Quantity: 1})))
	dsu := &colt.DirectoryService{ListedName: "Kund AB", City: "Stockholm", BusinessCategory: "Telecom"}
	settle(must(c.PlaceActivation(ctx, colt.AssignmentRequest{CustomerReference: "contract-se:1", Numbers: se.Numbers,
		EndCustomer: colt.EndCustomer{Name: "Kund AB"}, DirectoryService: dsu})))
	if held, err := c.ListNumbers(ctx, colt.NumberQuery{CLI: se.Numbers[0]}); err != nil || len(held) != 1 || held[0].DirectoryService == nil ||
		*held[0].DirectoryService != *dsu {
		t.Fatalf("directory service: %+v %v", held, err)
	}
}
