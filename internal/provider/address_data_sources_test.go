package provider

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// addressHCL writes a known address's fields as HCL attributes, with
// override replacing or (with "") dropping fields.
func addressHCL(country string, override map[string]string) string {
	fields := mock.KnownAddress(country)
	lines := []string{fmt.Sprintf("  country = %q", country)}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, api := range keys {
		v := fields[api]
		if o, ok := override[api]; ok {
			v = o
		}
		if v != "" && api != "country" {
			lines = append(lines, fmt.Sprintf("  %s = %q", tfName(api), v))
		}
	}
	return strings.Join(lines, "\n")
}

const validationAddr = "data.colt_address_validation.test"

func TestAccAddressValidation(t *testing.T) {
	target := acctest.Start(t)
	target.NeedsMock(t) // the sandbox's address book is not ours to know
	for _, country := range []string{"GB", "DE", "FR", "BE", "IT", "PT", "ES"} {
		t.Run(country, func(t *testing.T) {
			checks := []statecheck.StateCheck{
				statecheck.ExpectKnownValue(validationAddr, tfattr("result"), knownvalue.StringExact("Valid")),
				statecheck.ExpectKnownValue(validationAddr, tfattr("address_id"), knownvalue.StringRegexp(regexp.MustCompile(`.+`))),
				statecheck.ExpectKnownValue("data.colt_address.test", tfattr("address").AtMapKey("country"), knownvalue.StringExact(country)),
			}
			if country == "DE" {
				checks = append(checks,
					statecheck.ExpectKnownValue(validationAddr, tfattr("address").AtMapKey("latitude"), knownvalue.NotNull()),
					statecheck.ExpectKnownValue("data.colt_local_area_code.test", tfattr("valid_lacs"), knownvalue.NotNull()))
			} else {
				checks = append(checks,
					statecheck.ExpectKnownValue(validationAddr, tfattr("address").AtMapKey("latitude"), knownvalue.Null()))
			}
			lac := ""
			if country == "DE" {
				lac = `
data "colt_local_area_code" "test" {
  country   = "DE"
  latitude  = data.colt_address_validation.test.address.latitude
  longitude = data.colt_address_validation.test.address.longitude
}`
			}
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: protoV6Providers,
				Steps: []resource.TestStep{{
					Config: target.ProviderBlock() + "data \"colt_address_validation\" \"test\" {\n" + addressHCL(country, nil) + "\n}\n" + `
data "colt_address" "test" {
  address_id = data.colt_address_validation.test.address_id
}` + lac,
					ConfigStateChecks: checks,
				}},
			})
		})
	}
}

func TestAccAddressSuggestions(t *testing.T) {
	target := acctest.Start(t)
	target.NeedsMock(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + "data \"colt_address_validation\" \"test\" {\n" +
				addressHCL("GB", map[string]string{"postalCode": "ZZ1 1ZZ"}) + "\n}\n",
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(validationAddr, tfattr("result"), knownvalue.StringExact("Suggestions")),
				statecheck.ExpectKnownValue(validationAddr, tfattr("valid"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue(validationAddr, tfattr("address_id"), knownvalue.Null()),
				statecheck.ExpectKnownValue(validationAddr, tfattr("suggestions"), knownvalue.ListSizeExact(1)),
				statecheck.ExpectKnownValue(validationAddr, tfattr("field_errors").AtSliceIndex(0).AtMapKey("field"), knownvalue.StringExact("postal_code")),
			},
		}},
	})
}

// Country-specific fields are checked at plan time, naming the attribute.
func TestAccAddressPlanTimeRules(t *testing.T) {
	target := acctest.Start(t)
	cases := []struct{ body, err string }{
		{addressHCL("ES", map[string]string{"province": ""}), `(?s)Missing address field.*Colt needs province for addresses in ES`},
		{addressHCL("PT", map[string]string{"district": ""}), `(?s)Colt needs district for addresses in PT`},
		{addressHCL("FR", map[string]string{"streetType": ""}), `(?s)Colt needs street_type for addresses in FR`},
		{addressHCL("GB", nil) + "\n  district = \"X\"", `(?s)Address field not used in GB.*district is not an address field in GB`},
		{addressHCL("DE", map[string]string{"postalCode": ""}), `(?s)Colt needs postal_code for addresses in DE`},
		{"  country = \"DE\"\n  house_number = \"1\"\n  street_name = \"x\"\n  city = \"y\"\n  postal_code = \"1\"\n}\ndata \"colt_local_area_code\" \"x\" {\n  country = \"DE\"\n  postal_code = \"10117\"",
			`(?s)Coordinates required`},
	}
	var plans []planCase
	for i, tc := range cases {
		plans = append(plans, planCase{fmt.Sprint(i), target.ProviderBlock() + "data \"colt_address_validation\" \"test\" {\n" + tc.body + "\n}\n", tc.err})
	}
	runPlanCases(t, plans)
}

func TestAccLocalAreaCodeByPostalCode(t *testing.T) {
	target := acctest.Start(t)
	target.NeedsMock(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + fmt.Sprintf(`
data "colt_local_area_code" "london" {
  country     = "GB"
  postal_code = %q
}

resource "colt_number" "test" {
  customer_reference = %q
  country_code       = "GB"
  area_code          = data.colt_local_area_code.london.local_area_code
  quantity           = 1
}
`, mock.KnownAddress("GB")["postalCode"], acctest.Reference("lac")),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.colt_local_area_code.london", tfattr("local_area_code"), knownvalue.StringExact(mock.KnownLAC("GB"))),
				statecheck.ExpectKnownValue(numberAddr, tfattr("area_code"), knownvalue.StringExact(mock.KnownLAC("GB"))),
			},
		}},
	})
}
