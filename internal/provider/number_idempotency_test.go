package provider

import (
	"context"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const reservationRoute = "POST /numberManagement/v1/reservation/order"

func expectOrders(m *mock.Server, orderType string, want int64) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := m.OrdersPlaced()[orderType]; got != want {
			return fmt.Errorf("%d %s orders placed, want %d", got, orderType, want)
		}
		return nil
	}
}

// A reservation whose answer is lost is sent again; Colt answers the
// repeated customer reference with the same order.
func TestAccNumberRetriedPostPlacesOneOrder(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	m.DropNextResponses(1, reservationRoute)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + numberConfig(acctest.Reference("retry"), "  country_code = \"BE\"\n  quantity = 2"),
			Check:  expectOrders(m, colt.OrderReservation, 1),
		}},
	})
}

// Terraform stops between placing the order and saving state (here: every
// answer is lost and the run gives up); the next apply adopts the order.
func TestAccNumberCrashThenReapplyAdoptsTheOrder(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	config := target.ProviderBlock(`max_retries = 1`) + numberConfig(acctest.Reference("crash"), "  country_code = \"SE\"\n  quantity = 4")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { m.DropNextResponses(1000, reservationRoute) },
				Config:      config,
				ExpectError: regexp.MustCompile(`(?s)Cannot reserve Colt numbers.*no answer from Colt`),
			},
			{
				PreConfig: func() {
					if got := m.OrdersPlaced()[colt.OrderReservation]; got != 1 {
						t.Fatalf("the interrupted run placed %d orders, want 1", got)
					}
					m.DropNextResponses(0, reservationRoute)
				},
				Config: config,
				Check: resource.ComposeTestCheckFunc(
					expectOrders(m, colt.OrderReservation, 1),
					resource.TestCheckResourceAttr(numberAddr, "numbers.#", "4"),
				),
			},
		},
	})
}

// An order still running when the timeout ends stays with Colt and is
// adopted by the next apply.
func TestAccNumberTimeoutThenReapplyAdoptsTheOrder(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("timeout")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { m.SetFaults(mock.Faults{OrderDelay: 3 * time.Second}) },
				Config:      target.ProviderBlock() + numberConfig(ref, "  country_code = \"IE\"\n  quantity = 1\n  timeouts = { create = \"1s\" }"),
				ExpectError: regexp.MustCompile(`(?s)Timed out waiting for Colt reservation order.*adopts this order`),
			},
			{
				PreConfig: func() { m.SetFaults(mock.Faults{OrderDelay: acctest.OrderDelay}) },
				Config:    target.ProviderBlock() + numberConfig(ref, "  country_code = \"IE\"\n  quantity = 1"),
				Check:     expectOrders(m, colt.OrderReservation, 1),
			},
		},
	})
}

// Changes made outside Terraform show as a plan diff; numbers given back
// outside Terraform leave the state and are planned anew.
func TestAccNumberDrift(t *testing.T) {
	target := acctest.Start(t)
	client := target.Client(t)
	ctx := context.Background()
	ref := acctest.Reference("drift")
	config := target.ProviderBlock() + numberConfig(ref, "  country_code = \"AT\"\n  quantity = 2\n"+activation("Kunde GmbH"))
	var numbers []string
	outside := func(place func() (*colt.Order, error)) {
		o, err := place()
		if err == nil {
			_, err = client.WaitForOrder(ctx, o, orderPollMin, orderPollMax)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config: config,
				Check: func(s *terraform.State) error {
					numbers = []string{stateValue(s, "numbers.0"), stateValue(s, "numbers.1")}
					return nil
				},
			},
			{
				PreConfig: func() {
					outside(func() (*colt.Order, error) {
						return client.PlaceCustomerUpdate(ctx, colt.AssignmentRequest{
							CustomerReference: acctest.Reference("outside"), Numbers: numbers,
							EndCustomer: colt.EndCustomer{Name: "Someone Else"}, EmergencyAddressID: "ADDR-0001",
						})
					})
				},
				Config: config,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("activation").AtMapKey("end_customer_name"), knownvalue.StringExact("Kunde GmbH")),
				},
			},
			{
				PreConfig: func() {
					outside(func() (*colt.Order, error) {
						return client.PlaceReturn(ctx, colt.ReturnRequest{CustomerReference: acctest.Reference("gone"), Numbers: numbers})
					})
				},
				Config: config,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionCreate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("order_reference"), knownvalue.StringExact(ref+"~2")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Activated")),
				},
			},
		},
	})
}

// Refreshing many numbers shares inventory look-ups.
func TestAccNumberReadsAreBatched(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	const count = 12
	config := target.ProviderBlock() + fmt.Sprintf(`
resource "colt_number" "many" {
  count              = %d
  customer_reference = "%s-${count.index}"
  country_code       = "DK"
  quantity           = 1
}
`, count, acctest.Reference("batch"))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: config},
			{
				PreConfig:    m.Reset,
				RefreshState: true,
				Check: func(*terraform.State) error {
					lookups := m.Stats().APIRequests["GET /numberManagement/v1/Number"]
					t.Logf("refreshing %d colt_number resources made %d inventory requests", count, lookups)
					if lookups == 0 || lookups > 3 {
						return fmt.Errorf("refreshing %d resources made %d inventory requests, want 1 to 3", count, lookups)
					}
					return nil
				},
			},
		},
	})
}

// An update that times out is adopted by the next apply, not ordered again.
func TestAccNumberUpdateTimeoutThenReapplyAdopts(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("updtimeout")
	reserve := "  country_code = \"CH\"\n  quantity = 1\n"
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + numberConfig(ref, reserve)},
			{
				PreConfig:   func() { m.SetFaults(mock.Faults{OrderDelay: 3 * time.Second}) },
				Config:      target.ProviderBlock() + numberConfig(ref, reserve+activation("Kunde AG")+"\n  timeouts = { update = \"1s\" }"),
				ExpectError: regexp.MustCompile(`(?s)Timed out waiting for Colt activation order`),
			},
			{
				PreConfig: func() { m.SetFaults(mock.Faults{OrderDelay: acctest.OrderDelay}) },
				Config:    target.ProviderBlock() + numberConfig(ref, reserve+activation("Kunde AG")),
				Check: resource.ComposeTestCheckFunc(
					expectOrders(m, colt.OrderActivation, 1),
					resource.TestCheckResourceAttr(numberAddr, "status", "Activated"),
				),
			},
		},
	})
}

// create_before_destroy with the same customer_reference: the new block
// gets its own reservation instead of adopting the old one.
func TestAccNumberCreateBeforeDestroy(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("cbd")
	config := func(quantity int) string {
		return target.ProviderBlock() + numberConfig(ref, fmt.Sprintf(
			"  country_code = \"NO\"\n  quantity = %d\n  lifecycle {\n    create_before_destroy = true\n  }", quantity))
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: config(2)},
			{
				Config: config(3),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionCreateBeforeDestroy),
				}},
				Check: resource.ComposeTestCheckFunc(
					expectOrders(m, colt.OrderReservation, 2),
					expectOrders(m, colt.OrderReturn, 1),
					resource.TestCheckResourceAttr(numberAddr, "numbers.#", "3"),
					resource.TestCheckResourceAttr(numberAddr, "order_reference", ref+"~2"),
				),
			},
		},
	})
}
