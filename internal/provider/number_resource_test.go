package provider

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

const numberAddr = "colt_number.test"

func numberConfig(ref, body string) string {
	return fmt.Sprintf(`
resource "colt_number" "test" {
  customer_reference = %q
%s
}
`, ref, body)
}

// activation activates the test's numbers, and lets the test's final
// destroy return them (deletion_protection is off).
func activation(name string) string {
	return fmt.Sprintf(`
  deletion_protection = false
  activation = {
    end_customer_name    = %q
    emergency_address_id = "ADDR-0001"
  }`, name)
}

func tfattr(name string) tfjsonpath.Path { return tfjsonpath.New(name) }

// stateValue reads one string attribute of colt_number.test from the state.
func stateValue(s *terraform.State, key string) string {
	if rs, ok := s.RootModule().Resources[numberAddr]; ok {
		return rs.Primary.Attributes[key]
	}
	return ""
}

// TestAccNumberLifecycle reserves a block, activates it, changes the end
// customer, imports it by its first and by a later number, and returns it.
func TestAccNumberLifecycle(t *testing.T) {
	target := acctest.Start(t)
	ref := acctest.Reference("life")
	client := target.Client(t)
	reserve := "  country_code = \"GB\"\n  area_code = \"20\"\n  quantity = 3\n"
	var numbers []string

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			held, err := client.LookupNumbers(context.Background(), numbers)
			if err != nil {
				return err
			}
			if len(held) != 0 {
				return fmt.Errorf("%d numbers still held after destroy", len(held))
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: target.ProviderBlock() + numberConfig(ref, reserve),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Reserved")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("numbers"), knownvalue.ListSizeExact(3)),
					statecheck.ExpectKnownValue(numberAddr, tfattr("order_reference"), knownvalue.StringExact(ref)),
					statecheck.ExpectKnownValue(numberAddr, tfattr("reservation_expires_at"), knownvalue.StringRegexp(regexp.MustCompile(`^20\d\d-`))),
					statecheck.ExpectKnownValue(numberAddr, tfattr("reservation_order_id"), knownvalue.StringRegexp(regexp.MustCompile(`.+`))),
				},
				Check: func(s *terraform.State) error {
					for i := range 3 {
						numbers = append(numbers, stateValue(s, fmt.Sprintf("numbers.%d", i)))
					}
					if !strings.HasPrefix(numbers[0], "+4420") || stateValue(s, "id") != numbers[0] {
						return fmt.Errorf("numbers %v, id %s", numbers, stateValue(s, "id"))
					}
					return nil
				},
			},
			{
				Config: target.ProviderBlock() + numberConfig(ref, reserve+activation("ACME Ltd")),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Activated")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("activation").AtMapKey("end_customer_name"), knownvalue.StringExact("ACME Ltd")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("reservation_expires_at"), knownvalue.Null()),
					statecheck.ExpectKnownValue(numberAddr, tfattr("order_ids"), knownvalue.ListSizeExact(2)),
				},
			},
			{
				Config: target.ProviderBlock() + numberConfig(ref, reserve+activation("ACME Holdings Ltd")),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("activation").AtMapKey("end_customer_name"), knownvalue.StringExact("ACME Holdings Ltd")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("order_ids"), knownvalue.ListSizeExact(3)),
				},
			},
			{
				ResourceName:            numberAddr,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"timeouts", "area_code", "quantity", "deletion_protection"},
			},
			{
				// Any number of the block imports the whole block.
				ResourceName:            numberAddr,
				ImportState:             true,
				ImportStateIdFunc:       func(*terraform.State) (string, error) { return numbers[2], nil },
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"timeouts", "area_code", "quantity", "deletion_protection"},
			},
		},
	})
}

func TestAccNumberExplicitNumbers(t *testing.T) {
	target := acctest.Start(t)
	ref := acctest.Reference("explicit")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + numberConfig(ref, `
  country_code = "DE"
  numbers      = ["+493071239990", "+493071239991"]
`),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(numberAddr, tfattr("quantity"), knownvalue.Null()),
				statecheck.ExpectKnownValue(numberAddr, tfattr("area_code"), knownvalue.Null()),
				statecheck.ExpectKnownValue(numberAddr, tfattr("id"), knownvalue.StringExact("+493071239990")),
				statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Reserved")),
			},
		}},
	})
}

// Colt's rules that the configuration alone shows are errors at plan time,
// before anything is ordered.
func TestAccNumberPlanTimeRules(t *testing.T) {
	target := acctest.Start(t)
	cases := []struct{ body, err string }{
		{"  country_code = \"DE\"\n  quantity = 150", ""}, // the approval binds activation, not reservation
		{"  country_code = \"DE\"\n  quantity = 100", ""},
		{"  country_code = \"GB\"\n  quantity = 1\n  regulator_approval_reference = \"X\"", `(?s)applies to German \(DE\) numbers only`},
		{"  country_code = \"PT\"\n  quantity = 1\n" + activation("Cliente Lda"), `(?s)Registration number required.*PT`},
		{"  country_code = \"FI\"\n  quantity = 1\n" + activation("Asiakas Oy"), `(?s)Registration number required.*FI`},
		{"  country_code = \"ES\"\n  quantity = 1\n  activation = {\n    end_customer_name = \"\"\n    registration_number = \"B12345678\"\n  }", `(?s)end_customer_name.*length`},
		{"  country_code = \"UK\"\n  quantity = 1", `(?s)country_code value must be one of`},
		{"  country_code = \"GB\"\n  quantity = 1001", `(?s)quantity value must be between 1 and 1000`},
		{"  country_code = \"GB\"", `(?s)Missing Attribute Configuration.*Exactly one of these attributes must be configured: \[numbers,quantity\]`},
		{"  country_code = \"GB\"\n  quantity = 1\n  numbers = [\"+442071230000\"]", `(?s)Invalid Attribute Combination.*Exactly one of these attributes must be configured`},
		{"  country_code = \"GB\"\n  numbers = [\"020 7123 0000\"]", `(?s)must be an E.164 number`},
		{"  country_code = \"GB\"\n  numbers = [\"+33171230000\"]", `(?s)Number outside the country.*not a GB number`},
		{"  country_code = \"GB\"\n  numbers = [\"+442071230000\", \"+442071230005\"]", `(?s)Numbers are not a contiguous block`},
		{"  country_code = \"GB\"\n  quantity = 1\n  timeouts = { create = \"-1m\" }", `(?s)Timeout must be positive.*timeouts.create`},
		{"  country_code = \"GB\"\n  quantity = 1\n  timeouts = { delete = \"0s\" }", `(?s)Timeout must be positive.*timeouts.delete`},
	}
	var plans []planCase
	for _, tc := range cases {
		plans = append(plans, planCase{tc.body, target.ProviderBlock() + numberConfig("rules", tc.body), tc.err})
	}
	runPlanCases(t, plans)
	if m := target.Mock; m != nil {
		if placed := m.OrdersPlaced(); len(placed) != 0 {
			t.Errorf("plan-time rule checks placed orders: %v", placed)
		}
	}
}

// Rules only Colt can judge fail at apply with Colt's row and reason.
func TestAccNumberNotFree(t *testing.T) {
	target := acctest.Start(t)
	client := target.Client(t)
	ctx := context.Background()
	taken, err := client.PlaceReservation(ctx, colt.ReservationRequest{
		CustomerReference: acctest.Reference("other"), CountryCode: "GB", Numbers: []string{"+442071239998"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.WaitForOrder(ctx, taken, orderPollMin, orderPollMax); err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config:      target.ProviderBlock() + numberConfig(acctest.Reference("notfree"), "  country_code = \"GB\"\n  numbers = [\"+442071239998\", \"+442071239999\"]"),
			ExpectError: regexp.MustCompile(`(?s)409/201.*numbers not free.*x-tracking-id`),
		}},
	})
}

func TestAccNumberFailedOrder(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	m.FailNextOrders(1, "NO_CAPACITY", "no capacity in the requested area")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config:      target.ProviderBlock() + numberConfig(acctest.Reference("fail"), "  country_code = \"NL\"\n  quantity = 2"),
			ExpectError: regexp.MustCompile(`(?s)Colt reservation order failed.*NO_CAPACITY\s+no\s+capacity\s+in\s+the\s+requested\s+area.*x-tracking-id`),
		}},
	})
}
