package provider

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// The non-usage report's .r.cat files come as Colt sends them, next to the
// parsed charges.
func TestAccNonUsageReportFiles(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	// Colt's clock runs from 08:00 UTC of today's date: the month of the
	// activation is the month read, whatever the wall clock's time.
	started := time.Now()
	morning := acctest.Today().Add(8 * time.Hour)
	m.SetClock(func() time.Time { return morning.Add(time.Since(started)) })
	ref := acctest.Reference("nur")
	config := target.ProviderBlock() + numberConfig(ref, "  country_code = \"GB\"\n  quantity = 3\n"+activation("Report Ltd")) +
		fmt.Sprintf(`
data "colt_non_usage_report" "month" {
  month      = %q
  depends_on = [colt_number.test]
}
`, morning.Format("2006-01"))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.colt_non_usage_report.month", tfattr("files").AtSliceIndex(0).AtMapKey("name"),
					knownvalue.StringRegexp(regexp.MustCompile(`\.r\.cat$`))),
				statecheck.ExpectKnownValue("data.colt_non_usage_report.month", tfattr("charges"), knownvalue.ListSizeExact(3)),
			},
			Check: func(s *terraform.State) error {
				a := s.RootModule().Resources["data.colt_non_usage_report.month"].Primary.Attributes
				content := a["files.0.content"]
				if a["files.#"] != "1" || a["files.0.size"] != strconv.Itoa(len(content)) || strings.Count(content, "\n") != 3 {
					return fmt.Errorf("files %s, size %s, content %q: want one file of 3 lines", a["files.#"], a["files.0.size"], content)
				}
				for i := range 3 {
					if id := a[fmt.Sprintf("charges.%d.charge_id", i)]; !strings.Contains(content, id) {
						return fmt.Errorf("charge %s is not in the file %q", id, content)
					}
				}
				return nil
			},
		}},
	})
}
