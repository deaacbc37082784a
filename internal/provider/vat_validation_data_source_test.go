package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const vatAddr = "data.colt_vat_validation.test"

func vatConfig(country, number, name string) string {
	nameLine := ""
	if name != "" {
		nameLine = fmt.Sprintf("  company_name = %q\n", name)
	}
	return fmt.Sprintf("data \"colt_vat_validation\" \"test\" {\n  country_code = %q\n  vat_number = %q\n%s}\n", country, number, nameLine)
}

func TestAccVATValidation(t *testing.T) {
	target := acctest.Start(t)
	target.NeedsMock(t)
	esNumber, esName, _ := mock.ValidVAT("ES")
	ptNumber, ptName, _ := mock.ValidVAT("PT")
	cases := []struct {
		name, config string
		checks       []statecheck.StateCheck
	}{
		{"PT valid", vatConfig("PT", ptNumber, ""), []statecheck.StateCheck{
			statecheck.ExpectKnownValue(vatAddr, tfattr("valid"), knownvalue.Bool(true)),
			statecheck.ExpectKnownValue(vatAddr, tfattr("usable"), knownvalue.Bool(true)),
			statecheck.ExpectKnownValue(vatAddr, tfattr("registered_name"), knownvalue.StringExact(ptName)),
			statecheck.ExpectKnownValue(vatAddr, tfattr("name_matches"), knownvalue.Null()),
		}},
		{"PT unknown", vatConfig("PT", "500000000", ""), []statecheck.StateCheck{
			statecheck.ExpectKnownValue(vatAddr, tfattr("valid"), knownvalue.Bool(false)),
			statecheck.ExpectKnownValue(vatAddr, tfattr("registered_name"), knownvalue.Null()),
		}},
		{"ES name matches", vatConfig("ES", esNumber, esName), []statecheck.StateCheck{
			statecheck.ExpectKnownValue(vatAddr, tfattr("usable"), knownvalue.Bool(true)),
			statecheck.ExpectKnownValue(vatAddr, tfattr("name_matches"), knownvalue.Bool(true)),
		}},
		{"ES wrong name", vatConfig("ES", esNumber, "Otra Empresa SL"), []statecheck.StateCheck{
			statecheck.ExpectKnownValue(vatAddr, tfattr("valid"), knownvalue.Bool(true)),
			statecheck.ExpectKnownValue(vatAddr, tfattr("usable"), knownvalue.Bool(false)),
			statecheck.ExpectKnownValue(vatAddr, tfattr("name_matches"), knownvalue.Bool(false)),
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: protoV6Providers,
				Steps:                    []resource.TestStep{{Config: target.ProviderBlock() + tc.config, ConfigStateChecks: tc.checks}},
			})
		})
	}
}

func TestAccVATValidationBadInput(t *testing.T) {
	target := acctest.Start(t)
	target.NeedsMock(t)
	cases := []struct{ config, err string }{
		{vatConfig("ES", "B12345678", ""), `(?s)Company name required`},
		{vatConfig("PT", "12-AB", ""), `(?s)400/120.*invalid\s+VAT\s+number\s+format`},
	}
	for i, tc := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: protoV6Providers,
				Steps:                    []resource.TestStep{{Config: target.ProviderBlock() + tc.config, ExpectError: regexp.MustCompile(tc.err)}},
			})
		})
	}
}

// An activation in PT/ES/FI with a registration number Colt does not know
// fails at plan, before any order.
func TestAccActivationChecksRegistration(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	esNumber, esName, _ := mock.ValidVAT("ES")
	act := func(name, reg string) string {
		return fmt.Sprintf("  country_code = \"ES\"\n  quantity = 1\n  deletion_protection = false\n  activation = {\n    end_customer_name = %q\n    registration_number = %q\n  }", name, reg)
	}
	ref := acctest.Reference("vat")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config:      target.ProviderBlock() + numberConfig(ref, act(esName, "X9999999Z")),
				ExpectError: regexp.MustCompile(`(?s)Registration number not valid.*nothing was ordered`),
			},
			{
				Config:      target.ProviderBlock() + numberConfig(ref, act("Otra Empresa SL", esNumber)),
				ExpectError: regexp.MustCompile(`(?s)End customer name does not match the registration.*registered to`),
			},
			{
				PreConfig: func() {
					if placed := m.OrdersPlaced(); len(placed) != 0 {
						t.Fatalf("orders placed despite a failed VAT check: %v", placed)
					}
				},
				Config: target.ProviderBlock() + numberConfig(ref, act(esName, esNumber)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Activated")),
				},
			},
		},
	})
}

// A registration number known only at apply is checked then, still before
// any order: Terraform plans the resource again at apply.
func TestAccActivationChecksRegistrationKnownAtApply(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	_, esName, _ := mock.ValidVAT("ES")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + `
resource "terraform_data" "registration" {
  input = "X9999999Z"
}
` + numberConfig(acctest.Reference("vatapply"), fmt.Sprintf(
				"  country_code = \"ES\"\n  quantity = 1\n  activation = {\n    end_customer_name = %q\n    registration_number = terraform_data.registration.output\n  }", esName)),
			ExpectError: regexp.MustCompile(`(?s)Registration number not valid.*nothing was ordered`),
		}},
	})
	if placed := m.OrdersPlaced(); len(placed) != 0 {
		t.Errorf("orders placed despite a failed VAT check: %v", placed)
	}
}
