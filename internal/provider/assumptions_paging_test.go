package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// TestAccPagingWithoutTotalCount runs against a gateway whose list answers
// have no totalCount (assumption: totalCount, switched off with
// -total-count=false). Every inventory list spans two pages or more of the
// client's 200; each must come back whole.
func TestAccPagingWithoutTotalCount(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	a := m.CurrentAssumptions()
	a.TotalCount = false
	if err := m.SetAssumptions(a); err != nil {
		t.Fatal(err)
	}
	ref := acctest.Reference("nototal")
	config := target.ProviderBlock() + fmt.Sprintf(`
resource "colt_number" "big" {
  customer_reference = "%[1]s-big"
  country_code       = "GB"
  area_code          = "20"
  quantity           = 250
}

resource "colt_number" "small" {
  count              = 2
  customer_reference = "%[1]s-small-${count.index}"
  country_code       = "GB"
  area_code          = "161"
  quantity           = 100
}

data "colt_numbers" "big" {
  customer_reference = colt_number.big.order_reference
}

data "colt_numbers" "all" {
  status     = "Reserved"
  depends_on = [colt_number.big, colt_number.small]
}
`, ref)

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			held, err := target.Client(t).ListNumbers(context.Background(), colt.NumberQuery{})
			if err != nil {
				return err
			}
			if len(held) != 0 {
				return fmt.Errorf("%d numbers still held after destroy", len(held))
			}
			return nil
		},
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("colt_number.big", tfattr("numbers"), knownvalue.ListSizeExact(250)),
				statecheck.ExpectKnownValue("data.colt_numbers.big", tfattr("numbers"), knownvalue.ListSizeExact(250)),
				// 450: two full pages and a short one.
				statecheck.ExpectKnownValue("data.colt_numbers.all", tfattr("numbers"), knownvalue.ListSizeExact(450)),
			},
			Check: func(*terraform.State) error {
				if a := m.CurrentAssumptions(); a.TotalCount {
					return fmt.Errorf("the mock served totalCount: %+v", a)
				}
				return nil
			},
		}},
	})
}
