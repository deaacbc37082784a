package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Once Colt has taken an order, reading it goes on past max_retries until
// the resource's timeout: five 503s in a row on the order's status, with
// max_retries = 1, still end in a created number from one order.
func TestAccOrderStatusReadsOutlastMaxRetries(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			PreConfig: func() { m.FailNextOn("GET /numberManagement/v1/order/{orderId}", 5, 503, "001") },
			Config: target.ProviderBlock(`max_retries = 1`) +
				numberConfig(acctest.Reference("persist"), "  country_code = \"GB\"\n  quantity = 1"),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Reserved")),
			},
			Check: expectOrders(m, colt.OrderReservation, 1),
		}},
	})
}
