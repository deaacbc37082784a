package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// identityChecks gates tests of resource identity: Terraform 1.12 or later,
// and not OpenTofu, which has none.
func identityChecks(t *testing.T) []tfversion.TerraformVersionCheck {
	t.Helper()
	if acctest.OpenTofu() {
		t.Skip("OpenTofu has no resource identity")
	}
	return []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)}
}

// A colt_number's identity is its block's first number, from create on;
// import blocks take it, or the id, or any number of the block as identity.
func TestAccNumberIdentity(t *testing.T) {
	target := acctest.Start(t)
	target.NeedsMock(t) // reserves named numbers from the mock's pool
	checks := identityChecks(t)
	ref := acctest.Reference("ident")
	first, second := "+442071239000", "+442071239001"
	config := target.ProviderBlock() + numberConfig(ref, fmt.Sprintf("  country_code = \"GB\"\n  numbers = [%q, %q]", first, second))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		TerraformVersionChecks:   checks,
		Steps: []resource.TestStep{
			{
				Config: config,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(numberAddr, map[string]knownvalue.Check{"number": knownvalue.StringExact(first)}),
					statecheck.ExpectIdentityValueMatchesStateAtPath(numberAddr, tfattr("number"), tfattr("id")),
				},
			},
			{
				ResourceName:    numberAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
			{
				ResourceName:    numberAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// Another number of the block finds it; the identity becomes
				// the block's first number (plugin-testing compares it with
				// the identity the create saved).
				ResourceName:           numberAddr,
				ImportState:            true,
				ImportStateKind:        resource.ImportBlockWithResourceIdentity,
				ImportStateConfigExact: true,
				Config: config + fmt.Sprintf(`
import {
  to       = %s
  identity = { number = %q }
}
`, numberAddr, second),
			},
		},
	})
}
