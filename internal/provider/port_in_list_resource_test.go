package provider

import (
	"context"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// terraform query finds port-ins in progress and completed ones whose
// numbers the account holds, not cancelled ones nor completed ones whose
// numbers were returned; through Colt's order search, and through the
// inventory where Colt has none.
func TestAccPortInListQuery(t *testing.T) {
	checks := queryChecks(t)
	for _, mode := range []struct {
		name   string
		search bool
	}{{"order search", true}, {"inventory only", false}} {
		t.Run(mode.name, func(t *testing.T) {
			a := mock.DefaultAssumptions()
			a.OrderSearch = mode.search
			// The mock's clock only moves when the test moves it, so the
			// pending port-in stays pending.
			clock := &testClock{now: acctest.Now()}
			// GB and FR completed; DE completed, then its numbers returned.
			target := seeded(t, mock.Config{Assumptions: &a, Now: clock.Now}, mock.Seed{PortIns: 3})
			client := target.Client(t)
			ctx := context.Background()
			place := func(what string, order func() (*colt.Order, error)) {
				if _, err := order(); err != nil {
					t.Fatalf("%s: %v", what, err)
				}
			}
			de, err := client.ListNumbers(ctx, colt.NumberQuery{CustomerReference: "legacy-port-de-003"})
			if err != nil || len(de) == 0 {
				t.Fatalf("the DE port-in's numbers: %v %v", de, err)
			}
			var returned []string
			for _, d := range de {
				returned = append(returned, d.Number)
			}
			place("return", func() (*colt.Order, error) {
				return client.PlaceReturn(ctx, colt.ReturnRequest{CustomerReference: "legacy-port-de-003:return", Numbers: returned})
			})
			nl := colt.PortInRequest{CustomerReference: "cancelled", CountryCode: "NL", Numbers: []string{"+31201234567"},
				LosingCarrier: "KPN", RequestedDate: clock.Now().UTC().Format(time.DateOnly), EndCustomer: colt.EndCustomer{Name: "Gone"}}
			cancelled, err := client.PlacePortIn(ctx, nl)
			if err != nil {
				t.Fatal(err)
			}
			place("cancel", func() (*colt.Order, error) {
				return client.PlacePortUpdate(ctx, colt.PortUpdateRequest{CustomerReference: "cancelled:cancel", PortInOrderID: cancelled.OrderID, Cancel: true})
			})
			clock.Advance(time.Minute)
			se := nl
			se.CustomerReference, se.CountryCode, se.Numbers, se.LosingCarrier = "moving-se", "SE", []string{"+46812345678"}, "Telia"
			se.RequestedDate = clock.Now().UTC().Format(time.DateOnly) // the minute may have crossed midnight
			pending, err := client.PlacePortIn(ctx, se)
			if err != nil {
				t.Fatal(err)
			}
			byOrder := func(id string) queryfilter.QueryFilter {
				return queryfilter.ByResourceIdentity(map[string]knownvalue.Check{"order_id": knownvalue.StringExact(id)})
			}
			runQuery(t, target, checks, `
list "colt_port_in" "all" {
  provider         = colt
  include_resource = true
}
list "colt_port_in" "gb" {
  provider = colt
  config {
    country_code = "GB"
  }
}
list "colt_port_in" "pending" {
  provider = colt
  config {
    status = "Pending"
  }
}
list "colt_port_in" "legacy" {
  provider = colt
  config {
    customer_reference_prefix = "legacy-"
  }
}
`,
				querycheck.ExpectLength("colt_port_in.all", 3),
				querycheck.ExpectLength("colt_port_in.gb", 1),
				querycheck.ExpectLength("colt_port_in.pending", 1),
				querycheck.ExpectLength("colt_port_in.legacy", 2),
				querycheck.ExpectIdentity("colt_port_in.pending", map[string]knownvalue.Check{"order_id": knownvalue.StringExact(pending.OrderID)}),
				querycheck.ExpectResourceKnownValues("colt_port_in.all", byOrder(pending.OrderID), []querycheck.KnownValueCheck{
					{Path: tfjsonpath.New("id"), KnownValue: knownvalue.StringExact(pending.OrderID)},
					{Path: tfjsonpath.New("customer_reference"), KnownValue: knownvalue.StringExact("moving-se")},
					{Path: tfjsonpath.New("numbers"), KnownValue: knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("+46812345678")})},
					{Path: tfjsonpath.New("losing_carrier"), KnownValue: knownvalue.StringExact("Telia")},
					{Path: tfjsonpath.New("status"), KnownValue: knownvalue.StringExact("Pending")},
					{Path: tfjsonpath.New("wait_for_completion"), KnownValue: knownvalue.Bool(false)},
					{Path: tfjsonpath.New("deletion_protection"), KnownValue: knownvalue.Bool(true)},
					{Path: tfjsonpath.New("order_ids"), KnownValue: knownvalue.ListSizeExact(1)},
				}),
			)
		})
	}
}
