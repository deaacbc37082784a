package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// protectedActivation activates numbers with deletion_protection left at
// its default.
func protectedActivation(name string) string {
	return fmt.Sprintf(`
  activation = {
    end_customer_name    = %q
    emergency_address_id = "ADDR-0001"
  }`, name)
}

// Numbers in service are protected by default: destroying them, or
// removing the activation (which replaces the block), fails at plan time
// naming the numbers, and nothing is returned. With protection off the
// plan warns, and the return goes ahead.
func TestAccNumberDeletionProtection(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("protect")
	reserve := "  country_code = \"GB\"\n  quantity = 2\n"
	protected := target.ProviderBlock() + numberConfig(ref, reserve+protectedActivation("Live Lines Ltd"))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config: protected,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("deletion_protection"), knownvalue.Bool(true)),
				},
			},
			{
				Config:      target.ProviderBlock(),
				ExpectError: regexp.MustCompile(`(?s)Numbers in service are protected.*Destroying colt_number.*\+44.*deletion_protection\s+=\s+false`),
			},
			{
				Config:      target.ProviderBlock() + numberConfig(ref, reserve),
				ExpectError: regexp.MustCompile(`(?s)Numbers in service are protected.*Replacing colt_number`),
			},
			{
				Config:      protected,
				Destroy:     true,
				ExpectError: regexp.MustCompile(`(?s)Numbers in service are protected`),
			},
			{
				PreConfig: func() {
					if got := m.OrdersPlaced()[colt.OrderReturn]; got != 0 {
						t.Fatalf("%d return orders placed while protected", got)
					}
				},
				Config: target.ProviderBlock() + numberConfig(ref, reserve+"  deletion_protection = false\n"+protectedActivation("Live Lines Ltd")),
			},
			{
				Config: target.ProviderBlock(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionDestroy),
				}},
				Check: expectOrders(m, colt.OrderReturn, 1),
			},
		},
	})
}

// Renaming customer_reference of numbers in service is a label change:
// no order, nothing returned.
func TestAccNumberRenameReferenceInPlace(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("rename")
	body := "  country_code = \"FR\"\n  quantity = 1\n" + activation("Client SA")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + numberConfig(ref, body)},
			{
				Config: target.ProviderBlock() + numberConfig(ref+"-renamed", body),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Activated")),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("order_reference"), knownvalue.StringExact(ref)),
				},
				Check: resource.ComposeTestCheckFunc(
					expectOrders(m, colt.OrderReservation, 1),
					expectOrders(m, colt.OrderActivation, 1),
					expectOrders(m, colt.OrderReturn, 0),
				),
			},
		},
	})
}

// Two resources with one customer_reference would share a reservation;
// the plan fails before any order.
func TestAccDuplicateReferencesRefused(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("dup")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + fmt.Sprintf(`
resource "colt_number" "a" {
  customer_reference = %[1]q
  country_code       = "IT"
  quantity           = 1
}

resource "colt_number" "b" {
  customer_reference = %[1]q
  country_code       = "IT"
  quantity           = 1
}
`, ref),
			ExpectError: regexp.MustCompile(`(?s)Duplicate customer_reference.*also used by another colt_number`),
		}},
	})
	if placed := m.OrdersPlaced(); len(placed) != 0 {
		t.Errorf("orders placed despite duplicate references: %v", placed)
	}
}

// A new resource that takes the reference of one already applied is
// refused too: the unchanged one's plan still claims its reference.
func TestAccDuplicateReferenceOfAnAppliedResourceRefused(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("dup-applied")
	block := func(name string) string {
		return fmt.Sprintf(`
resource "colt_number" %q {
  customer_reference  = %q
  country_code        = "IT"
  quantity            = 1
  deletion_protection = false
}
`, name, ref)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + block("a")},
			{
				Config:      target.ProviderBlock() + block("a") + block("b"),
				ExpectError: regexp.MustCompile(`(?s)Duplicate customer_reference.*also used by another\s+colt_number`),
			},
		},
	})
	if placed := m.OrdersPlaced(); len(placed) != 2 { // a's reservation and its return
		t.Errorf("orders placed: %v, want a's reservation and return only", placed)
	}
}

// An update that matches an old order of the life (placed before the
// resource was imported) is ordered again: the state never claims an
// activation Colt does not hold.
func TestAccNumberUpdateAfterImportOrdersAgain(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	client := target.Client(t)
	ref := acctest.Reference("reimport")
	body := "  country_code = \"AT\"\n  quantity = 1\n"
	var first string
	vars := config.Variables{"first": lazyString{&first}}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + numberConfig(ref, body+activation("Erste GmbH"))},
			{
				Config: target.ProviderBlock() + numberConfig(ref, body+activation("Zweite GmbH")),
				Check: func(s *terraform.State) error {
					first = stateValue(s, "numbers.0")
					return nil
				},
			},
			{
				// Out of the state, still at Colt.
				Config: target.ProviderBlock() + "removed {\n  from = colt_number.test\n  lifecycle {\n    destroy = false\n  }\n}\n",
			},
			{
				ConfigVariables: vars,
				Config: target.ProviderBlock() + "variable \"first\" {\n  type = string\n}\n\nimport {\n  to = colt_number.test\n  id = var.first\n}\n" +
					numberConfig(ref, body+activation("Erste GmbH")),
				Check: func(*terraform.State) error {
					held, err := client.LookupNumbers(context.Background(), []string{first})
					if err != nil {
						return err
					}
					if d, ok := held[first]; !ok || d.EndCustomer == nil || d.EndCustomer.Name != "Erste GmbH" {
						return fmt.Errorf("Colt holds %+v for %s; the state says Erste GmbH", d.EndCustomer, first)
					}
					return expectOrders(m, colt.OrderUpdateCustomer, 2)(nil)
				},
			},
		},
	})
}

// lazyString is a config variable read when the step runs, for values an
// earlier step produced.
type lazyString struct{ p *string }

func (v lazyString) MarshalJSON() ([]byte, error) { return json.Marshal(*v.p) }

// The documented free-number pattern: numbers taken once from a search
// and kept (ignore_changes), so later plans, with the search moved on,
// plan nothing.
func TestAccFreeNumbersTakenOnce(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	config := target.ProviderBlock() + fmt.Sprintf(`
data "colt_free_numbers" "support" {
  country_code = "GB"
  area_code    = "20"
  quantity     = 2
}

resource "colt_number" "test" {
  customer_reference = %q
  country_code       = "GB"
  numbers            = data.colt_free_numbers.support.numbers

  lifecycle {
    ignore_changes = [numbers]
  }
}
`, acctest.Reference("free"))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: config},
			{
				Config: config,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionNoop),
				}},
				Check: expectOrders(m, colt.OrderReservation, 1),
			},
		},
	})
}
