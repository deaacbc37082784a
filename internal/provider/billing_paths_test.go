package provider

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// TestAccBillingV1Fallback runs the billing data sources against a gateway
// that serves billing only under /usageManagement/v1 (assumption: billing
// at the paths Colt prints, switched with -billing-v1). Each provider run
// asks a documented path once, gets 404, and reads everything else under
// /v1.
func TestAccBillingV1Fallback(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	a := m.CurrentAssumptions()
	a.BillingV1 = true
	if err := m.SetAssumptions(a); err != nil {
		t.Fatal(err)
	}
	today := acctest.Today()
	config := target.ProviderBlock() + fmt.Sprintf(`
data "colt_call_detail_records" "today" {
  date = %q
}

data "colt_call_detail_records" "rated" {
  month = %q
}

data "colt_non_usage_report" "month" {
  month = %q
}
`, today.Format(time.DateOnly), today.AddDate(0, -1, -today.Day()+1).Format("2006-01"), today.Format("2006-01"))

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: config,
			Check: func(*terraform.State) error {
				stats := m.Stats().APIRequests
				documented := 0
				for key, n := range stats {
					if strings.Contains(key, " /usageManagement/") && !strings.Contains(key, "/v1/") {
						documented += int(n)
					}
				}
				v1 := []int64{stats["GET /usageManagement/v1/unratedCallDetailRecord"],
					stats["GET /usageManagement/v1/ratedCallDetailRecord"], stats["GET /usageManagement/v1/nonUsageReport"]}
				t.Logf("documented-path requests (404): %d; /v1 requests per data source: %v", documented, v1)
				// One provider run (one client) per Terraform command: each
				// falls back once and reads each data source once under /v1.
				if documented == 0 || v1[0] != int64(documented) || v1[1] != int64(documented) || v1[2] != int64(documented) {
					return fmt.Errorf("%d documented-path requests and %v under /v1: want one fallback per provider run", documented, v1)
				}
				return nil
			},
		}},
	})
}
