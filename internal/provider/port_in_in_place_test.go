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

// completedPortIn is a GB port-in that completes within the create, with
// the given end customer lines and protection.
func completedPortIn(ref, customer string) string {
	return fmt.Sprintf(`
resource "colt_port_in" "test" {
  customer_reference  = %q
  country_code        = "GB"
  numbers             = ["+441632960200", "+441632960201"]
  losing_carrier      = "BT"
  requested_date      = %q
  wait_for_completion = true
%s
}
`, ref, daysFromNow(3), customer)
}

// On a completed port-in, the end customer, registration number and
// emergency address change in place with an update order: the live
// ported numbers are not returned and nothing is ported again. What Colt
// refuses at this stage (a new porting date) fails at plan time, and
// destroying the ported numbers is refused while protected.
func TestAccPortInCustomerChangesInPlace(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	client := target.Client(t)
	ref := acctest.Reference("portcust")
	before := "  end_customer_name = \"ACME Ltd\"\n"
	after := "  end_customer_name    = \"ACME Holdings Ltd\"\n  registration_number  = \"GB123456789\"\n  emergency_address_id = \"ADDR-0001\"\n"
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + completedPortIn(ref, before)},
			{
				Config: target.ProviderBlock() + completedPortIn(ref, after),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(portInAddr, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(portInAddr, tfattr("status"), knownvalue.StringExact("Completed")),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portInAddr, tfattr("end_customer_name"), knownvalue.StringExact("ACME Holdings Ltd")),
					statecheck.ExpectKnownValue(portInAddr, tfattr("order_ids"), knownvalue.ListSizeExact(2)),
				},
				Check: resource.ComposeTestCheckFunc(
					expectOrders(m, colt.OrderPortIn, 1),
					expectOrders(m, colt.OrderUpdateCustomer, 1),
					expectOrders(m, colt.OrderReturn, 0),
					func(*terraform.State) error {
						held, err := client.LookupNumbers(context.Background(), []string{"+441632960200"})
						if err != nil {
							return err
						}
						if d := held["+441632960200"]; d.EndCustomer == nil || d.EndCustomer.Name != "ACME Holdings Ltd" || d.EmergencyAddressID != "ADDR-0001" {
							return fmt.Errorf("Colt holds %+v / %q", d.EndCustomer, d.EmergencyAddressID)
						}
						return nil
					},
				),
			},
			{
				Config:      target.ProviderBlock() + completedPortIn(ref, after+"  requested_window = \"outOfHours\"\n"),
				ExpectError: regexp.MustCompile(`(?s)Port-in already completed.*requested_window`),
			},
			{
				Config:      target.ProviderBlock(),
				ExpectError: regexp.MustCompile(`(?s)Numbers in service are protected.*Destroying colt_port_in.*\+441632960200`),
			},
			{
				Config: target.ProviderBlock() + completedPortIn(ref, after+"  deletion_protection = false\n"),
				Check:  expectOrders(m, colt.OrderReturn, 0),
			},
		},
	})
}

// Before the port completes, Colt has no order for end customer changes:
// the plan says so instead of replacing the port-in.
func TestAccPortInCustomerChangeWaitsForThePort(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("portwait")
	config := target.ProviderBlock() + portInConfig(ref, "BT", daysFromNow(5), "")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{PreConfig: func() { m.SetFaults(mock.Faults{OrderDelay: time.Hour}) }, Config: config},
			{
				Config:      target.ProviderBlock() + portInConfig(ref, "BT", daysFromNow(5), "  registration_number = \"GB987654321\""),
				ExpectError: regexp.MustCompile(`(?s)End customer changes wait for the port.*registration_number`),
			},
			// Orders run again, so that destroy's cancel completes.
			{PreConfig: func() { m.SetFaults(mock.Faults{OrderDelay: acctest.OrderDelay}) }, Config: config},
		},
	})
}

// A reservation order is not a port-in: importing one as colt_port_in is
// refused naming its type, and numbers that came with a port-in are not
// imported as a colt_number.
func TestAccImportChecksTheOrderType(t *testing.T) {
	target := acctest.Start(t)
	client := target.Client(t)
	ctx := context.Background()
	reservation, _, err := client.Reserve(ctx, acctest.Reference("notport"), colt.ReservationRequest{CountryCode: "GB", Quantity: 1})
	if err == nil {
		_, err = client.WaitForOrder(ctx, reservation, orderPollMin, orderPollMax)
	}
	if err != nil {
		t.Fatal(err)
	}
	port, err := client.PlacePortIn(ctx, colt.PortInRequest{CustomerReference: acctest.Reference("ported"), CountryCode: "GB",
		Numbers: []string{"+441632960300"}, LosingCarrier: "BT", RequestedDate: daysFromNow(2), EndCustomer: colt.EndCustomer{Name: "Ported Ltd"}})
	if err == nil {
		_, err = client.WaitForOrder(ctx, port, orderPollMin, orderPollMax)
	}
	if err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config: target.ProviderBlock() + fmt.Sprintf("import {\n  to = colt_port_in.test\n  id = %q\n}\n", reservation.OrderID) +
					portInConfig("x", "BT", daysFromNow(2), ""),
				ExpectError: regexp.MustCompile(`(?s)Not a port-in order.*` + reservation.OrderID + `.*reservation order`),
			},
			{
				Config: target.ProviderBlock() + "import {\n  to = colt_number.test\n  id = \"+441632960300\"\n}\n" +
					numberConfig("y", "  country_code = \"GB\"\n  numbers = [\"+441632960300\"]"),
				ExpectError: regexp.MustCompile(`(?s)Number belongs to a port-in.*` + port.OrderID),
			},
		},
	})
}

// A completed port-in becomes a colt_number with a moved block: no order,
// and the numbers then plan with no changes.
func TestAccPortInMovesToNumber(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("move")
	asNumber := fmt.Sprintf(`
moved {
  from = colt_port_in.test
  to   = colt_number.test
}

resource "colt_number" "test" {
  customer_reference = %q
  country_code       = "GB"
  numbers            = ["+441632960200", "+441632960201"]
  activation = {
    end_customer_name = "ACME Ltd"
  }
  deletion_protection = false
}
`, ref)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + completedPortIn(ref, "  end_customer_name = \"ACME Ltd\"\n  deletion_protection = false\n")},
			{
				Config: target.ProviderBlock() + asNumber,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionNoop),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Port-in Activated")),
				},
				Check: resource.ComposeTestCheckFunc(
					expectOrders(m, colt.OrderPortIn, 1),
					expectOrders(m, colt.OrderReservation, 0),
					expectOrders(m, colt.OrderReturn, 0),
				),
			},
		},
	})
}
