package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Provider functions need Terraform 1.8 or OpenTofu 1.7; both CLIs the
// tests run are newer, so only Terraform's own check is needed.
var functionCLIs = []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_8_0)}

func TestFunctionE164(t *testing.T) {
	cases := map[string]string{
		`provider::colt::e164("GB", "020", "7123 0000")`: "+442071230000",
		`provider::colt::e164("IT", "06", "7123 0000")`:  "+390671230000",
		`provider::colt::e164("de", "030", "7123-0000")`: "+493071230000",
		`provider::colt::e164("DK", "", "33123400")`:     "+4533123400",
	}
	for expr, want := range cases {
		t.Run(expr, func(t *testing.T) {
			resource.UnitTest(t, resource.TestCase{
				TerraformVersionChecks:   functionCLIs,
				ProtoV6ProviderFactories: protoV6Providers,
				Steps: []resource.TestStep{{
					Config: fmt.Sprintf("output \"n\" {\n  value = %s\n}\n", expr),
					ConfigStateChecks: []statecheck.StateCheck{
						statecheck.ExpectKnownOutputValue("n", knownvalue.StringExact(want)),
					},
				}},
			})
		})
	}
}

func TestFunctionE164Range(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		TerraformVersionChecks:   functionCLIs,
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: `output "block" {
  value = provider::colt::e164_range("GB", "20", "7123 0098", 3)
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownOutputValue("block", knownvalue.ListExact([]knownvalue.Check{
					knownvalue.StringExact("+442071230098"), knownvalue.StringExact("+442071230099"),
					knownvalue.StringExact("+442071230100"),
				})),
			},
		}},
	})
}

func TestFunctionE164BadInput(t *testing.T) {
	// Each error names the argument at fault.
	cases := map[string]string{
		`provider::colt::e164("UK", "20", "71230000")`:           `"country_code"\s+parameter:\s+country\s+"UK"\s+is\s+not\s+one\s+Colt\s+serves`,
		`provider::colt::e164("GB", "2O", "71230000")`:           `"area_code"\s+parameter:\s+the\s+area\s+code\s+"2O"\s+has\s+a\s+character\s+that\s+is\s+not\s+a\s+digit`,
		`provider::colt::e164("GB", "20", "")`:                   `"extension"\s+parameter:\s+the\s+extension\s+is\s+empty`,
		`provider::colt::e164_range("UK", "20", "71230000", 2)`:  `"country_code"\s+parameter:\s+country\s+"UK"`,
		`provider::colt::e164_range("GB", "2-O", "71230000", 2)`: `"area_code"\s+parameter:\s+the\s+area\s+code`,
		`provider::colt::e164_range("GB", "20", "7123 000O", 2)`: `"extension"\s+parameter:\s+the\s+extension`,
		`provider::colt::e164_range("GB", "20", "99999999", 2)`:  `"count"\s+parameter:\s+2\s+numbers\s+from\s+extension\s+99999999\s+run\s+past\s+its\s+8\s+digits`,
		`provider::colt::e164_range("GB", "20", "71230000", 0)`:  `"count"\s+parameter:\s+a\s+range\s+holds\s+1\s+to\s+10000\s+numbers`,
	}
	for expr, err := range cases {
		t.Run(expr, func(t *testing.T) {
			resource.UnitTest(t, resource.TestCase{
				TerraformVersionChecks:   functionCLIs,
				ProtoV6ProviderFactories: protoV6Providers,
				Steps: []resource.TestStep{{
					Config:      fmt.Sprintf("output \"n\" {\n  value = %s\n}\n", expr),
					ExpectError: regexp.MustCompile(err),
				}},
			})
		})
	}
}

// Every country Colt serves, through Terraform: the function joins the
// calling code, area code and extension.
func TestFunctionE164EveryCountry(t *testing.T) {
	var config strings.Builder
	var checks []statecheck.StateCheck
	for _, country := range supportedCountries() {
		fmt.Fprintf(&config, "output %q {\n  value = provider::colt::e164(%q, \"30\", \"123 4567\")\n}\n", country, country)
		checks = append(checks, statecheck.ExpectKnownOutputValue(country,
			knownvalue.StringExact("+"+colt.Countries[country]+"301234567")))
	}
	if len(checks) != 21 {
		t.Fatalf("%d countries: want the 19 Colt's texts name and the 2 assumed ones", len(checks))
	}
	resource.UnitTest(t, resource.TestCase{
		TerraformVersionChecks:   functionCLIs,
		ProtoV6ProviderFactories: protoV6Providers,
		Steps:                    []resource.TestStep{{Config: config.String(), ConfigStateChecks: checks}},
	})
}
