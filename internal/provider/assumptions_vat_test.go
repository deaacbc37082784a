package provider

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// ptActivation is a colt_number activating one Portuguese number; extra
// lines go into the activation block.
func ptActivation(ref, registration, extra string) string {
	return numberConfig(ref, fmt.Sprintf(`  country_code = "PT"
  quantity     = 1
  deletion_protection = false
  activation = {
    end_customer_name   = "Nova Empresa Lda"
    registration_number = %q
%s
  }`, registration, extra))
}

// ptPortIn is a colt_port_in of one Portuguese number.
func ptPortIn(ref, registration, extra string) string {
	return fmt.Sprintf(`
resource "colt_port_in" "test" {
  customer_reference  = %q
  country_code        = "PT"
  numbers             = ["+351221234567"]
  losing_carrier      = "OldCo"
  requested_date      = %q
  end_customer_name   = "Nova Empresa Lda"
  registration_number = %q
  deletion_protection = false
%s
}
`, ref, daysFromNow(7), registration, extra)
}

// TestAccVATShapeAlt runs against a gateway whose VAT answer uses other
// field names (assumption: the VAT answer shape, -vat-shape=alt). The
// answer is reported as not understood, quoting it, never as "not valid";
// activation and port-in in PT stop before any order.
func TestAccVATShapeAlt(t *testing.T) {
	target := acctest.StartWith(t, mock.Config{Assumptions: &mock.Assumptions{
		OrderSearch: true, OrderReplay: true, TotalCount: true, VATShape: "alt",
	}})
	m := target.NeedsMock(t)
	number, _, _ := mock.ValidVAT("PT")
	notUnderstood := func(summary string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)` + summary + `.*shape\s+differs\s+from\s+the\s+one\s+modelled\s+in\s+api/colt.yaml.*` +
			number + `.*isValid`)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config:      target.ProviderBlock() + vatConfig("PT", number, ""),
				ExpectError: notUnderstood(`Cannot check the VAT number with Colt`),
			},
			{
				Config:      target.ProviderBlock() + ptActivation(acctest.Reference("vatalt"), number, ""),
				ExpectError: notUnderstood(`Colt's VAT answer not understood`),
			},
			{
				Config:      target.ProviderBlock() + ptPortIn(acctest.Reference("vatalt-port"), number, ""),
				ExpectError: notUnderstood(`Colt's VAT answer not understood`),
			},
		},
	})
	if placed := m.OrdersPlaced(); placed[colt.OrderActivation] != 0 || placed[colt.OrderPortIn] != 0 || len(placed) != 0 {
		t.Errorf("orders placed although the VAT answer was not understood: %v", placed)
	}
}

// TestAccVATNotRegistered is Colt's "NIF/CIF/VAT ID not registered" option
// (the wire field endCustomer.registrationNumberNotRegistered is assumed):
// a number VIES does not know stops an activation or port-in in PT, and
// vat_not_registered = true lets it through without the check, saying so in
// the order.
func TestAccVATNotRegistered(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	const unknown = "500000000" // well-formed, not in the mock's VIES
	ref, portRef := acctest.Reference("vatnr"), acctest.Reference("vatnr-port")
	client := target.Client(t)
	flagged := func(what string, o *colt.Order, err error) error {
		if err != nil {
			return err
		}
		if o.EndCustomer == nil || !o.EndCustomer.NotRegistered {
			return fmt.Errorf("%s order %s does not carry registrationNumberNotRegistered: %+v", what, o.OrderID, o.EndCustomer)
		}
		return nil
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config:      target.ProviderBlock() + ptActivation(ref, unknown, ""),
				ExpectError: regexp.MustCompile(`(?s)Registration number not valid.*vat_not_registered`),
			},
			{
				Config:      target.ProviderBlock() + ptPortIn(portRef, unknown, ""),
				ExpectError: regexp.MustCompile(`(?s)Registration number not valid`),
			},
			{
				PreConfig: func() {
					if placed := m.OrdersPlaced(); len(placed) != 0 {
						t.Fatalf("orders placed despite a failed VAT check: %v", placed)
					}
				},
				Config: target.ProviderBlock() + ptActivation(ref, unknown, "    vat_not_registered = true") +
					ptPortIn(portRef, unknown, "  vat_not_registered = true"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Activated")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("activation").AtMapKey("vat_not_registered"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(portInAddr, tfattr("vat_not_registered"), knownvalue.Bool(true)),
				},
				Check: func(s *terraform.State) error {
					ctx := context.Background()
					number := s.RootModule().Resources[numberAddr].Primary.Attributes
					activation, err := client.GetOrder(ctx, number["order_ids.1"])
					if err := flagged("activation", activation, err); err != nil {
						return err
					}
					portIn, err := client.GetOrder(ctx, s.RootModule().Resources[portInAddr].Primary.ID)
					return flagged("port-in", portIn, err)
				},
			},
			{
				// Refresh and plan again: the choice stays, no drift.
				Config: target.ProviderBlock() + ptActivation(ref, unknown, "    vat_not_registered = true") +
					ptPortIn(portRef, unknown, "  vat_not_registered = true"),
				PlanOnly: true,
			},
		},
	})
	if placed := m.OrdersPlaced(); placed[colt.OrderActivation] != 1 || placed[colt.OrderPortIn] != 1 {
		t.Errorf("orders placed: %v, want one activation and one port-in", placed)
	}
}
