package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// Countries no Colt text names (Norway, Hungary) fail at plan time, naming
// the attribute and the opt-in; assumed_countries lets them through. The
// countries Colt's lists name, Romania from the billing list included,
// need nothing.
func TestAccAssumedCountries(t *testing.T) {
	target := acctest.Start(t)
	optIn := `assumed_countries = ["NO", "HU"]`
	number := numberConfig(acctest.Reference("no"), "  country_code = \"NO\"\n  quantity = 1")
	free := func(country string) string {
		return `
data "colt_free_numbers" "test" {
  country_code = "` + country + `"
  quantity     = 2
}
`
	}
	huPortIn := `
resource "colt_port_in" "hu" {
  customer_reference = "hu-port"
  country_code       = "HU"
  numbers            = ["+3617123000"]
  losing_carrier     = "Magyar Telekom"
  requested_date     = "` + daysFromNow(3) + `"
  end_customer_name  = "Ügyfél Kft."
}
`
	needsOptIn := regexp.MustCompile(`(?s)Country not named by Colt.*country_code NO.*assumed_countries = \["NO"\]`)
	runPlanCases(t, []planCase{
		{"number in NO", target.ProviderBlock() + number, needsOptIn.String()},
		{"number in NO, opted in", target.ProviderBlock(optIn) + number, ""},
		{"number in RO", target.ProviderBlock() + numberConfig("ro", "  country_code = \"RO\"\n  quantity = 1"), ""},
		{"opt into a named country", target.ProviderBlock(`assumed_countries = ["GB"]`) + number, `(?s)assumed_countries.*value must be one of`},
		{"port-in in HU", target.ProviderBlock() + huPortIn, `(?s)Country not named by Colt.*country_code HU.*assumed_countries = \["HU"\]`},
		{"port-in in HU, opted in", target.ProviderBlock(optIn) + huPortIn, ""},
	})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + free("HU"), ExpectError: regexp.MustCompile(`(?s)Country not named by Colt.*country_code HU.*assumed_countries = \["HU"\]`)},
			{
				Config: target.ProviderBlock(optIn) + free("HU") + number,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.colt_free_numbers.test", tfattr("numbers"), knownvalue.ListSizeExact(2)),
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Reserved")),
				},
			},
			{Config: target.ProviderBlock() + free("RO")},
		},
	})
}
