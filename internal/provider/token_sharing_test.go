package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

const sharedReads = 25

// Every data source of one provider configuration in one CLI run shares one
// token, and opening colt_access_token adds no token request.
func TestAccTokenSharedAcrossDataSources(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	nonEmpty, postApply := acctest.EphemeralPostApply()
	resource.Test(t, resource.TestCase{
		TerraformVersionChecks:   ephemeralCLIs(),
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + fmt.Sprintf(`
ephemeral "colt_access_token" "test" {}

data "colt_free_numbers" "many" {
  count        = %d
  country_code = "GB"
  area_code    = tostring(20 + count.index)
  quantity     = 1
}
`, sharedReads),
			ExpectNonEmptyPlan: nonEmpty,
			ConfigPlanChecks:   resource.ConfigPlanChecks{PostApplyPostRefresh: postApply},
			Check: func(*terraform.State) error {
				stats := m.Stats()
				reads := stats.APIRequests["GET /numberManagement/v1/freeNumber"]
				// Each CLI command that reads the data sources is one provider
				// process: one token per sharedReads reads.
				runs := reads / sharedReads
				t.Logf("%d data source reads in %d CLI runs caused %d token requests", reads, runs, stats.TokenRequests)
				if reads%sharedReads != 0 || stats.TokenRequests > runs+1 {
					return fmt.Errorf("%d reads caused %d token requests, want at most one per CLI run (%d runs) plus one for the ephemeral open",
						reads, stats.TokenRequests, runs)
				}
				return nil
			},
		}},
	})
}
