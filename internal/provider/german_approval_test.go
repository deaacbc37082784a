package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Germany's BNetzA approval is needed "before assigning numbers to the
// end-customer": a block of 150 German numbers is reserved without it, and
// activating the block without it fails at plan time, naming the attribute.
func TestAccGermanApprovalAtActivation(t *testing.T) {
	target := acctest.Start(t)
	ref := acctest.Reference("de")
	reserve := "  country_code = \"DE\"\n  quantity = 150\n"
	activate := func(approval string) string {
		return reserve + "  deletion_protection = false\n  activation = {\n    end_customer_name = \"Kunde GmbH\"\n" + approval + "  }\n"
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config: target.ProviderBlock() + numberConfig(ref, reserve),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Reserved")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("numbers"), knownvalue.ListSizeExact(150)),
				},
			},
			{
				Config:      target.ProviderBlock() + numberConfig(ref, activate("")),
				ExpectError: regexp.MustCompile(`(?s)German block needs regulator approval.*activation\.regulator_approval_reference`),
			},
			{
				Config: target.ProviderBlock() + numberConfig(ref, activate("    regulator_approval_reference = \"BNetzA-2026-17\"\n")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Activated")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("activation").AtMapKey("regulator_approval_reference"),
						knownvalue.StringExact("BNetzA-2026-17")),
				},
			},
		},
	})
	if target.Mock == nil {
		return
	}
	orders, err := target.Client(t).FindOrders(context.Background(), colt.OrderQuery{OrderType: colt.OrderActivation})
	if err != nil {
		t.Fatal(err)
	}
	if len(orders) != 1 || orders[0].RegulatorApprovalReference != "BNetzA-2026-17" || len(orders[0].Numbers) != 150 {
		t.Errorf("activation orders %+v: want one of 150 numbers carrying the approval", orders)
	}
}

// The rule at plan time, for activations and port-ins.
func TestAccGermanApprovalPlanRules(t *testing.T) {
	target := acctest.Start(t)
	german := make([]string, 150)
	for i := range german {
		german[i] = fmt.Sprintf("+49697123%04d", i)
	}
	numbers, _ := json.Marshal(german)
	portIn := func(country, extra string) string {
		list := string(numbers)
		if country == "GB" {
			list = `["+441632960100"]`
		}
		return target.ProviderBlock() + fmt.Sprintf(`
resource "colt_port_in" "test" {
  customer_reference = "de-port"
  country_code       = %q
  numbers            = %s
  losing_carrier     = "Alte Telco"
  requested_date     = %q
  end_customer_name  = "Kunde GmbH"
%s
}
`, country, list, daysFromNow(3), extra)
	}
	activation := "  activation = {\n    end_customer_name = \"Kunde GmbH\"\n"
	runPlanCases(t, []planCase{
		{"activate 150 without approval", target.ProviderBlock() + numberConfig("de", "  country_code = \"DE\"\n  quantity = 150\n"+activation+"  }"),
			`(?s)German block needs regulator approval.*150.*activation\.regulator_approval_reference`},
		{"activate 150 with the old attribute", target.ProviderBlock() + numberConfig("de", "  country_code = \"DE\"\n  quantity = 150\n"+
			"  regulator_approval_reference = \"B-1\"\n"+activation+"  }"), `(?s)Regulator approval in the wrong place`},
		{"activate 100", target.ProviderBlock() + numberConfig("de", "  country_code = \"DE\"\n  quantity = 100\n"+activation+"  }"), ""},
		{"activate 150 with approval", target.ProviderBlock() + numberConfig("de", "  country_code = \"DE\"\n  quantity = 150\n"+activation+
			"    regulator_approval_reference = \"B-1\"\n  }"), ""},
		{"approval outside Germany", target.ProviderBlock() + numberConfig("gb", "  country_code = \"GB\"\n  quantity = 1\n"+activation+
			"    regulator_approval_reference = \"B-1\"\n  }"), `(?s)activation\.regulator_approval_reference applies to German \(DE\) numbers only`},
		{"port in 150 without approval", portIn("DE", ""), `(?s)German block needs regulator approval.*150.*regulator_approval_reference`},
		{"port in 150 with approval", portIn("DE", `  regulator_approval_reference = "B-1"`), ""},
		{"port-in approval outside Germany", portIn("GB", `  regulator_approval_reference = "B-1"`), `(?s)applies to German \(DE\) numbers only`},
	})
	if m := target.Mock; m != nil && len(m.OrdersPlaced()) != 0 {
		t.Errorf("plan-time rules placed orders: %v", m.OrdersPlaced())
	}
}
