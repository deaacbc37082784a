package provider

import (
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// identicalReadsConfig has copies of each data source whose arguments do
// not differ, and one colt_free_numbers that does.
func identicalReadsConfig(target *acctest.Target, copies int) string {
	vat, name, _ := mock.ValidVAT("ES")
	return target.ProviderBlock() + fmt.Sprintf(`
locals {
  copies = %d
}

data "colt_address_validation" "test" {
%s
}

data "colt_address" "same" {
  count      = local.copies
  address_id = data.colt_address_validation.test.address_id
}

data "colt_free_numbers" "same" {
  count        = local.copies
  country_code = "GB"
  quantity     = 3
}

data "colt_free_numbers" "other" {
  country_code = "GB"
  quantity     = 4
}

data "colt_numbers" "same" {
  count  = local.copies
  status = "Reserved"
}

data "colt_local_area_code" "same" {
  count       = local.copies
  country     = "GB"
  postal_code = %q
}

data "colt_vat_validation" "same" {
  count        = local.copies
  country_code = "ES"
  vat_number   = %q
  company_name = %q
}

output "same_free_numbers" {
  value = length(distinct([for d in data.colt_free_numbers.same : join(",", d.numbers)]))
}
`, copies, addressHCL("GB", nil), mock.KnownAddress("GB")["postalCode"], vat, name)
}

// Data sources with the same arguments in one provider process cost one
// request between them: 40 copies of each make exactly the requests one
// copy makes, and see the same free numbers.
func TestAccIdenticalDataSourceReadsShareOneRequest(t *testing.T) {
	requests := func(copies int) map[string]int64 {
		target := acctest.Start(t)
		m := target.NeedsMock(t)
		resource.Test(t, resource.TestCase{
			ProtoV6ProviderFactories: protoV6Providers,
			Steps: []resource.TestStep{{
				Config: identicalReadsConfig(target, copies),
				Check:  resource.TestCheckOutput("same_free_numbers", "1"),
			}},
		})
		return m.Stats().APIRequests
	}
	one, many := requests(1), requests(40)
	for _, route := range []string{"/freeNumber", "/v1/Number", "/address/", "/LACByLocation", "/check-vat-number"} {
		if !hasRoute(one, route) {
			t.Errorf("no request on a route with %q in %v", route, one)
		}
	}
	if !maps.Equal(one, many) {
		t.Errorf("40 copies of each data source made requests %v, one copy %v", many, one)
	}
}

func hasRoute(requests map[string]int64, part string) bool {
	for k, n := range requests {
		if strings.Contains(k, part) && n > 0 {
			return true
		}
	}
	return false
}
