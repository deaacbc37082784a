package provider

import (
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// Colt publishes no order status names. Renamed to the synonyms other
// order APIs use, orders are still followed to the end.
func TestAccOrderStatusesRenamed(t *testing.T) {
	a := mock.DefaultAssumptions()
	a.OrderStatuses = map[string]string{"Pending": "Acknowledged", "InProgress": "In Progress", "Completed": "Complete", "Failed": "Rejected"}
	target := acctest.StartWith(t, mock.Config{Assumptions: &a})
	m := target.NeedsMock(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + numberConfig(acctest.Reference("renamed"), "  country_code = \"NL\"\n  quantity = 2"+activation("Hernoemd BV")),
			Check: resource.ComposeTestCheckFunc(
				expectOrders(m, colt.OrderReservation, 1),
				expectOrders(m, colt.OrderActivation, 1),
				resource.TestCheckResourceAttr(numberAddr, "status", "Activated"),
			),
		}},
	})
}

// A status no synonym covers is waited on, not taken for success or
// failure; at the timeout the diagnostic quotes it as Colt sent it, with
// the order id.
func TestAccOrderStatusUnknownIsQuotedAtTimeout(t *testing.T) {
	a := mock.DefaultAssumptions()
	a.OrderStatuses = map[string]string{"Pending": "Awaiting Switch Slot"}
	target := acctest.StartWith(t, mock.Config{Assumptions: &a, OrderDelay: time.Hour})
	m := target.NeedsMock(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config:      target.ProviderBlock() + numberConfig(acctest.Reference("unknown"), "  country_code = \"NL\"\n  quantity = 1\n  timeouts = { create = \"2s\" }"),
			ExpectError: regexp.MustCompile(`(?s)Timed out waiting for Colt reservation order ORD-\d+.*Colt status\s+"Awaiting\s+Switch\s+Slot"`),
			Check:       expectOrders(m, colt.OrderReservation, 1),
		}},
	})
}
