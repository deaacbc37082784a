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

// Nomadic numbers are found, reserved by number and listed with their
// kind; the inventory is searched by CLI.
func TestAccNomadicNumbersAndCLI(t *testing.T) {
	target := acctest.Start(t)
	ref := acctest.Reference("nomadic")
	nomadicDE := regexp.MustCompile(`^\+4932876500[0-9]{2}$`) // the mock's nomadic series in Germany
	// The free ones change once these are reserved: the block names its
	// numbers, as found by an earlier search.
	config := target.ProviderBlock() + `
data "colt_free_numbers" "nomadic" {
  country_code = "DE"
  number_type  = "nomadic"
  quantity     = 2
}
` + numberConfig(ref, `  country_code = "DE"
  number_type  = "nomadic"
  numbers      = ["+493287650000", "+493287650001"]`) + `
data "colt_numbers" "by_cli" {
  cli = colt_number.test.numbers[1]
}
`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.colt_free_numbers.nomadic", tfattr("numbers"), knownvalue.ListExact([]knownvalue.Check{
					knownvalue.StringRegexp(nomadicDE), knownvalue.StringRegexp(nomadicDE)})),
				statecheck.ExpectKnownValue(numberAddr, tfattr("number_type"), knownvalue.StringExact("nomadic")),
				statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Reserved")),
				statecheck.ExpectKnownValue("data.colt_numbers.by_cli", tfattr("numbers"), knownvalue.ListSizeExact(1)),
				statecheck.ExpectKnownValue("data.colt_numbers.by_cli", tfattr("numbers").AtSliceIndex(0).AtMapKey("number_type"),
					knownvalue.StringExact("nomadic")),
				statecheck.ExpectKnownValue("data.colt_numbers.by_cli", tfattr("numbers").AtSliceIndex(0).AtMapKey("customer_reference"),
					knownvalue.StringExact(ref)),
				statecheck.ExpectKnownValue("data.colt_numbers.by_cli", tfattr("numbers").AtSliceIndex(0).AtMapKey("area_code"),
					knownvalue.StringExact("32")),
			},
		}},
	})
}

// Directory service entries go with Swedish activations and Spanish
// port-ins, and come back from the inventory.
func TestAccDirectoryService(t *testing.T) {
	target := acctest.Start(t)
	vat, name, _ := mock.ValidVAT("ES")
	ref := acctest.Reference("dsu")
	config := target.ProviderBlock() + numberConfig(ref, `  country_code = "SE"
  quantity     = 2
  deletion_protection = false
  activation = {
    end_customer_name = "Kund AB"
    directory_service = {
      listed_name = "Kund AB"
      city        = "Stockholm"
    }
  }`) + fmt.Sprintf(`
resource "colt_port_in" "es" {
  customer_reference  = "%[1]s-port"
  country_code        = "ES"
  numbers             = ["+34931234567"]
  losing_carrier      = "Antigua"
  requested_date      = %[2]q
  end_customer_name   = %[3]q
  registration_number = %[4]q
  wait_for_completion = true
  deletion_protection = false
  directory_service = {
    listed_name       = "Cliente"
    business_category = "Telecomunicaciones"
  }
}

data "colt_numbers" "listed" {
  customer_reference = colt_number.test.order_reference
  depends_on         = [colt_number.test]
}

data "colt_numbers" "ported" {
  cli        = "+34931234567"
  depends_on = [colt_port_in.es]
}
`, ref, daysFromNow(0), name, vat)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.colt_numbers.listed", tfattr("numbers").AtSliceIndex(0).AtMapKey("directory_service").AtMapKey("listed_name"),
					knownvalue.StringExact("Kund AB")),
				statecheck.ExpectKnownValue(numberAddr, tfattr("activation").AtMapKey("directory_service").AtMapKey("city"),
					knownvalue.StringExact("Stockholm")),
				statecheck.ExpectKnownValue("data.colt_numbers.ported", tfattr("numbers").AtSliceIndex(0).AtMapKey("directory_service").AtMapKey("business_category"),
					knownvalue.StringExact("Telecomunicaciones")),
				statecheck.ExpectKnownValue("colt_port_in.es", tfattr("directory_service").AtMapKey("listed_name"), knownvalue.StringExact("Cliente")),
			},
		}},
	})
}

// The rules the configuration shows fail at plan time.
func TestAccNumberKindPlanRules(t *testing.T) {
	target := acctest.Start(t)
	activation := "  activation = {\n    end_customer_name = \"A\"\n    directory_service = { listed_name = \"A\" }\n  }"
	esVAT, esName, _ := mock.ValidVAT("ES")
	runPlanCases(t, []planCase{
		{"nomadic with an area code", target.ProviderBlock() + numberConfig("k", "  country_code = \"DE\"\n  number_type = \"nomadic\"\n  area_code = \"30\"\n  numbers = [\"+493287650000\"]"),
			`(?s)Nomadic numbers have no area code`},
		{"free nomadic with an area code", target.ProviderBlock() + `
data "colt_free_numbers" "x" {
  country_code = "DE"
  area_code    = "30"
  number_type  = "nomadic"
}`, `(?s)Nomadic numbers have no area code`},
		{"number type unknown", target.ProviderBlock() + numberConfig("k", "  country_code = \"DE\"\n  number_type = \"mobile\"\n  quantity = 1"),
			`(?s)number_type value must be one of`},
		{"directory entry in GB", target.ProviderBlock() + numberConfig("k", "  country_code = \"GB\"\n  quantity = 1\n"+activation),
			`(?s)Directory service outside Sweden and Spain.*activation\.directory_service`},
		{"directory entry in ES", target.ProviderBlock() + numberConfig("k", "  country_code = \"ES\"\n  quantity = 1\n"+
			fmt.Sprintf("  activation = {\n    end_customer_name = %q\n    registration_number = %q\n    directory_service = { listed_name = \"A\" }\n  }", esName, esVAT)), ""},
		{"port-in directory entry in GB", target.ProviderBlock() + portInConfig("k", "OldCo", daysFromNow(3), "  directory_service = { listed_name = \"A\" }"),
			`(?s)Directory service outside Sweden and Spain.*directory_service`},
	})
}

// A directory entry reaches Colt with an update order; a change of the
// entry alone would place none, so the plan refuses it.
func TestAccDirectoryServiceUpdate(t *testing.T) {
	target := acctest.Start(t)
	ref := acctest.Reference("dsu-upd")
	config := func(name, city string) string {
		return target.ProviderBlock() + numberConfig(ref, fmt.Sprintf(`  country_code = "SE"
  quantity     = 1
  deletion_protection = false
  activation = {
    end_customer_name = %q
    directory_service = {
      listed_name = "Kund AB"
      city        = %q
    }
  }`, name, city)) + `
data "colt_numbers" "listed" {
  customer_reference = colt_number.test.order_reference
  depends_on         = [colt_number.test]
}
`
	}
	listedCity := func(city string) statecheck.StateCheck {
		return statecheck.ExpectKnownValue("data.colt_numbers.listed",
			tfattr("numbers").AtSliceIndex(0).AtMapKey("directory_service").AtMapKey("city"), knownvalue.StringExact(city))
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: config("Kund AB", "Stockholm"), ConfigStateChecks: []statecheck.StateCheck{listedCity("Stockholm")}},
			{Config: config("Kund AB", "Uppsala"), ExpectError: regexp.MustCompile(`(?s)Directory entry change would not reach Colt.*activation\.directory_service`)},
			{Config: config("Kund Sverige AB", "Uppsala"), ConfigStateChecks: []statecheck.StateCheck{listedCity("Uppsala")}},
		},
	})
}

// Nomadic numbers are reserved by quantity too: the order says the kind.
func TestAccNomadicByQuantity(t *testing.T) {
	target := acctest.Start(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + numberConfig(acctest.Reference("nomq"), "  country_code = \"DE\"\n  number_type = \"nomadic\"\n  quantity = 2"),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(numberAddr, tfattr("number_type"), knownvalue.StringExact("nomadic")),
				statecheck.ExpectKnownValue(numberAddr, tfattr("numbers"), knownvalue.ListSizeExact(2)),
			},
		}},
	})
}
