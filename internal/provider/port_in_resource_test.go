package provider

import (
	"context"
	"fmt"
	"regexp"
	"sync"
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

const portInAddr = "colt_port_in.test"

// portInConfig is a GB port-in whose numbers the test's final destroy may
// return (deletion_protection is off).
func portInConfig(ref, carrier, date, extra string) string {
	return fmt.Sprintf(`
resource "colt_port_in" "test" {
  customer_reference  = %q
  country_code        = "GB"
  numbers             = ["+441632960100", "+441632960101"]
  losing_carrier      = %q
  requested_date      = %q
  end_customer_name   = "ACME Ltd"
  deletion_protection = false
%s
}
`, ref, carrier, date, extra)
}

func daysFromNow(days int) string {
	return acctest.Today().AddDate(0, 0, days).Format(time.DateOnly)
}

// A port-in that completes: the numbers become Port-in Activated, import by
// order id, destroy returns them.
func TestAccPortInCompletes(t *testing.T) {
	target := acctest.Start(t)
	ref := acctest.Reference("port")
	client := target.Client(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			held, err := client.LookupNumbers(context.Background(), []string{"+441632960100", "+441632960101"})
			if err == nil && len(held) != 0 {
				err = fmt.Errorf("ported numbers still held after destroy: %v", held)
			}
			return err
		},
		Steps: []resource.TestStep{
			{
				Config: target.ProviderBlock() + portInConfig(ref, "BT", daysFromNow(7), "  wait_for_completion = true"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portInAddr, tfattr("status"), knownvalue.StringExact("Completed")),
					statecheck.ExpectKnownValue(portInAddr, tfattr("porting_status"), knownvalue.StringExact("Completed")),
					statecheck.ExpectKnownValue(portInAddr, tfattr("requested_window"), knownvalue.StringExact("standard")),
				},
			},
			{
				Config: target.ProviderBlock() + portInConfig(ref, "BT", daysFromNow(7), "  wait_for_completion = true") + `
data "colt_numbers" "ported" {
  customer_reference = colt_port_in.test.order_reference
}

data "colt_number_order" "port" {
  order_id = colt_port_in.test.id
}
`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.colt_numbers.ported", tfattr("numbers"), knownvalue.ListSizeExact(2)),
					statecheck.ExpectKnownValue("data.colt_numbers.ported", tfattr("numbers").AtSliceIndex(0).AtMapKey("status"),
						knownvalue.StringExact("Port-in Activated")),
					statecheck.ExpectKnownValue("data.colt_number_order.port", tfattr("order_type"), knownvalue.StringExact("portIn")),
					statecheck.ExpectKnownValue("data.colt_number_order.port", tfattr("status"), knownvalue.StringExact("Completed")),
				},
			},
			{
				ResourceName:            portInAddr,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"timeouts", "wait_for_completion", "deletion_protection"},
			},
		},
	})
}

// A pending port-in is changed by a port update order and cancelled on
// destroy; the losing carrier DelayCo makes Colt report Delayed.
func TestAccPortInUpdateAndCancel(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("portupd")
	client := target.Client(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			orders, err := client.FindOrders(context.Background(), colt.OrderQuery{CustomerReference: ref})
			if err != nil {
				return err
			}
			if len(orders) != 1 || orders[0].PortingStatus != "Cancelled" {
				return fmt.Errorf("port-in after destroy: %+v, want it cancelled", orders)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				PreConfig: func() { m.SetFaults(mockSlowOrders()) },
				Config:    target.ProviderBlock() + portInConfig(ref, "DelayCo", daysFromNow(10), ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portInAddr, tfattr("status"), knownvalue.StringRegexp(regexp.MustCompile(`Pending|InProgress`))),
				},
			},
			{
				PreConfig: func() { m.SetFaults(mockOrdersAtTestSpeed()) },
				Config:    target.ProviderBlock() + portInConfig(ref, "DelayCo", daysFromNow(12), `  requested_window = "outOfHours"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(portInAddr, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portInAddr, tfattr("requested_window"), knownvalue.StringExact("outOfHours")),
					statecheck.ExpectKnownValue(portInAddr, tfattr("requested_date"), knownvalue.StringExact(daysFromNow(12))),
					statecheck.ExpectKnownValue(portInAddr, tfattr("order_ids"), knownvalue.ListSizeExact(2)),
				},
			},
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: func() {
					ctx := context.Background()
					orders, err := client.FindOrders(ctx, colt.OrderQuery{CustomerReference: ref})
					if err != nil || len(orders) != 1 {
						t.Fatalf("port-in orders: %v %v", orders, err)
					}
					o, err := client.PlacePortUpdate(ctx, colt.PortUpdateRequest{
						CustomerReference: acctest.Reference("outside"), PortInOrderID: orders[0].OrderID, LosingCarrier: "Vodafone",
					})
					if err == nil {
						_, err = client.WaitForOrder(ctx, o, orderPollMin, orderPollMax)
					}
					if err != nil {
						t.Fatal(err)
					}
				},
				Config: target.ProviderBlock() + portInConfig(ref, "DelayCo", daysFromNow(12), `  requested_window = "outOfHours"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(portInAddr, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portInAddr, tfattr("losing_carrier"), knownvalue.StringExact("DelayCo")),
					statecheck.ExpectKnownValue(portInAddr, tfattr("order_ids"), knownvalue.ListSizeExact(3)),
				},
			},
		},
	})
}

func TestAccPortInPlanTimeRules(t *testing.T) {
	target := acctest.Start(t)
	cases := []struct{ config, err string }{
		{portInConfig("p", "BT", daysFromNow(-1), ""), `(?s)Porting date in the past`},
		{portInConfig("p", "BT", "15/12/2026", ""), `(?s)must be a date as YYYY-MM-DD`},
		{portInConfig("p", "BT", daysFromNow(3), `  requested_window = "night"`), `(?s)requested_window value must be one of`},
		{portInConfig("p", "BT", daysFromNow(3), `  timeouts = { update = "-5m" }`), `(?s)Timeout must be positive.*timeouts.update`},
		{`
resource "colt_port_in" "test" {
  customer_reference = "p"
  country_code       = "ES"
  numbers            = ["+34911234567"]
  losing_carrier     = "Movistar"
  requested_date     = "` + daysFromNow(3) + `"
  end_customer_name  = "Cliente SL"
}
`, `(?s)Registration number required.*ES`},
		{`
resource "colt_port_in" "test" {
  customer_reference = "p"
  country_code       = "GB"
  numbers            = ["+34911234567"]
  losing_carrier     = "BT"
  requested_date     = "` + daysFromNow(3) + `"
  end_customer_name  = "ACME"
}
`, `(?s)Number outside the country`},
	}
	var plans []planCase
	for i, tc := range cases {
		plans = append(plans, planCase{fmt.Sprint(i), target.ProviderBlock() + tc.config, tc.err})
	}
	runPlanCases(t, plans)
}

// mockSlowOrders keeps orders pending for the length of a test step.
func mockSlowOrders() mock.Faults { return mock.Faults{OrderDelay: time.Hour} }

func mockOrdersAtTestSpeed() mock.Faults { return mock.Faults{OrderDelay: acctest.OrderDelay} }

// Refreshes follow Colt's porting status through Delayed to Completed. The
// mock runs on a clock the test moves, so each step is exact.
func TestAccPortInFollowsPortingStatus(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	clock := &testClock{now: acctest.Now()}
	m.SetClock(clock.Now)
	step := acctest.OrderDelay + 5*time.Millisecond
	config := target.ProviderBlock() + portInConfig(acctest.Reference("delayed"), "DelayCo", daysFromNow(5), "")
	porting := func(want string) []statecheck.StateCheck {
		return []statecheck.StateCheck{statecheck.ExpectKnownValue(portInAddr, tfattr("porting_status"), knownvalue.StringExact(want))}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: config, ConfigStateChecks: porting("Submitted")},
			{PreConfig: func() { clock.Advance(2 * step) }, Config: config, ConfigStateChecks: porting("Delayed")},
			{PreConfig: func() { clock.Advance(step) }, Config: config, ConfigStateChecks: porting("Scheduled")},
			{
				PreConfig: func() { clock.Advance(step) }, Config: config,
				ConfigStateChecks: append(porting("Completed"),
					statecheck.ExpectKnownValue(portInAddr, tfattr("status"), knownvalue.StringExact("Completed"))),
			},
			// Back to real time, so that destroy's return order completes.
			{PreConfig: func() { m.SetClock(acctest.Now) }, Config: config},
		},
	})
}

type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
