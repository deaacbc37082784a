package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

func freeNumbersConfig(country string, quantity int) string {
	return fmt.Sprintf(`
data "colt_free_numbers" "test" {
  country_code = %q
  quantity     = %d
}
`, country, quantity)
}

var e164 = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)

func TestAccFreeNumbers(t *testing.T) {
	target := acctest.Start(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + `
data "colt_free_numbers" "test" {
  country_code = "GB"
  area_code    = "20"
  quantity     = 3
}
`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.colt_free_numbers.test", tfjsonpath.New("numbers"), knownvalue.ListPartial(
					map[int]knownvalue.Check{
						0: knownvalue.StringRegexp(regexp.MustCompile(`^\+4420`)),
						2: knownvalue.StringRegexp(e164),
					})),
				statecheck.ExpectKnownValue("data.colt_free_numbers.test", tfjsonpath.New("numbers"), knownvalue.ListSizeExact(3)),
			},
		}},
	})
}

func TestAccFreeNumbersPlanTimeValidation(t *testing.T) {
	target := acctest.Start(t)
	cases := []struct{ attrs, err string }{
		{`country_code = "UK"`, `(?s)country_code value must be one of`},
		{`country_code = "US"`, `(?s)country_code value must be one of`},
		{"country_code = \"GB\"\n  quantity = 0", `(?s)quantity value must be between 1 and 100`},
		{"country_code = \"GB\"\n  quantity = 101", `(?s)quantity value must be between 1 and 100`},
		{"country_code = \"GB\"\n  area_code = \"123456\"", `(?s)area_code.*must be 1 to 5 digits`},
		{"country_code = \"GB\"\n  area_code = \"2O\"", `(?s)area_code.*must be 1 to 5 digits`},
	}
	var plans []planCase
	for _, tc := range cases {
		plans = append(plans, planCase{tc.attrs, target.ProviderBlock() + "data \"colt_free_numbers\" \"test\" {\n  " + tc.attrs + "\n}\n", tc.err})
	}
	runPlanCases(t, plans)
	if m := target.Mock; m != nil && m.Stats().TokenRequests != 0 {
		t.Errorf("invalid configurations caused %d token requests", m.Stats().TokenRequests)
	}
}

// A Colt error reaches the user as one diagnostic with the row, the advice
// and the tracking id, and never the secret.
func TestAccWrongCredentialsDiagnostic(t *testing.T) {
	target := acctest.Start(t)
	target.NeedsMock(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf(`
provider "colt" {
  base_url      = %q
  client_id     = %q
  client_secret = "not-the-secret"
}
`, target.BaseURL, target.ClientID) + freeNumbersConfig("GB", 1),
			ExpectError: regexp.MustCompile(`(?s)token request failed: 401/002 Authentication error.*Check\s+client_id\s+and\s+client_secret.*HTTP\s+Basic.*Quote x-tracking-id [0-9a-f-]{36} to Colt support`),
		}},
	})
}

func TestAccTransientFailuresAreRetried(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	m.FailNext(3, 503, "001")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + freeNumbersConfig("DE", 2),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.colt_free_numbers.test", tfjsonpath.New("numbers"), knownvalue.ListSizeExact(2)),
			},
		}},
	})
}

func TestAccRetriesExhausted(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	m.FailNext(1000, 503, "001")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config:      target.ProviderBlock(`max_retries = 1`) + freeNumbersConfig("DE", 2),
			ExpectError: regexp.MustCompile(`(?s)503/001 service unavailable.*gave up after 2\s+attempts.*max_retries`),
		}},
	})
}
