package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// identityPortIn is a completed GB port-in; extra adds attribute lines.
func identityPortIn(ref, extra string) string {
	return fmt.Sprintf(`
resource "colt_port_in" "test" {
  customer_reference = %q
  country_code       = "GB"
  numbers            = ["+441632960200", "+441632960201"]
  losing_carrier     = "BT"
  requested_date     = %q
  end_customer_name  = "ACME Ltd"
%s
}
`, ref, daysFromNow(7), extra)
}

// A colt_port_in's identity is its port-in order id; import blocks take it
// or the id.
func TestAccPortInIdentity(t *testing.T) {
	target := acctest.Start(t)
	checks := identityChecks(t)
	ref := acctest.Reference("pident")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		TerraformVersionChecks:   checks,
		Steps: []resource.TestStep{
			{
				Config: target.ProviderBlock() + identityPortIn(ref, "  wait_for_completion = true"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(portInAddr, map[string]knownvalue.Check{
						"order_id": knownvalue.StringRegexp(regexp.MustCompile(`.`)),
					}),
					statecheck.ExpectIdentityValueMatchesStateAtPath(portInAddr, tfattr("order_id"), tfattr("id")),
				},
			},
			{
				// An import reads wait_for_completion as its default.
				Config:          target.ProviderBlock() + identityPortIn(ref, ""),
				ResourceName:    portInAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
			{
				Config:          target.ProviderBlock() + identityPortIn(ref, ""),
				ResourceName:    portInAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// Unprotected, so that the test's destroy may return the
				// ported numbers.
				Config: target.ProviderBlock() + identityPortIn(ref, "  wait_for_completion = true\n  deletion_protection = false"),
			},
		},
	})
}
