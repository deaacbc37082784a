package provider

import (
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// Ephemeral resources need Terraform 1.10; OpenTofu reports its own
// version the same way and has them from 1.11.
func ephemeralCLIs() []tfversion.TerraformVersionCheck {
	if acctest.OpenTofu() {
		return []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_11_0)}
	}
	return []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_10_0)}
}

func TestAccAccessToken(t *testing.T) {
	target := acctest.Start(t)
	nonEmpty, postApply := acctest.EphemeralPostApply()
	resource.Test(t, resource.TestCase{
		TerraformVersionChecks:   ephemeralCLIs(),
		ProtoV6ProviderFactories: protoV6ProvidersWithEcho,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + `
ephemeral "colt_access_token" "test" {}

provider "echo" {
  data = ephemeral.colt_access_token.test
}

resource "echo" "token" {}
`,
			ExpectNonEmptyPlan: nonEmpty,
			ConfigPlanChecks:   resource.ConfigPlanChecks{PostApplyPostRefresh: postApply},
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("echo.token", tfjsonpath.New("data").AtMapKey("access_token"),
					knownvalue.StringRegexp(regexp.MustCompile(`^eyJ[\w-]+\.[\w-]+\.[\w-]+$`))),
				statecheck.ExpectKnownValue("echo.token", tfjsonpath.New("data").AtMapKey("token_type"), knownvalue.StringExact("Bearer")),
				statecheck.ExpectKnownValue("echo.token", tfjsonpath.New("data").AtMapKey("expires_in"), inRange(1700, 1800)),
				statecheck.ExpectKnownValue("echo.token", tfjsonpath.New("data").AtMapKey("expires_at"), rfc3339Within(25*time.Minute, 31*time.Minute)),
				statecheck.ExpectKnownValue("echo.token", tfjsonpath.New("data").AtMapKey("tracking_id"),
					knownvalue.StringRegexp(regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`))),
			},
		}},
	})
}

// The token never reaches plan or state unless a configuration copies it
// there on purpose, and neither does the client secret.
func TestAccNoSecretsInPlanOrState(t *testing.T) {
	target := acctest.Start(t)
	// Credentials come from the environment, as recommended: a secret written
	// literally in HCL is in the configuration section of every plan file.
	t.Setenv(envClientID, target.ClientID)
	t.Setenv(envClientSecret, target.ClientSecret)
	nonEmpty, postApply := acctest.EphemeralPostApply()
	resource.Test(t, resource.TestCase{
		TerraformVersionChecks:   ephemeralCLIs(),
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: "provider \"colt\" {\n  " + target.EndpointOnly() + "\n}\n" + `
ephemeral "colt_access_token" "test" {}

provider "colt" {
  alias        = "by_token"
  ` + target.EndpointOnly() + `
  access_token = ephemeral.colt_access_token.test.access_token
}

data "colt_free_numbers" "by_token" {
  provider     = colt.by_token
  country_code = "FR"
  quantity     = 2
}

resource "terraform_data" "uses" {
  input = data.colt_free_numbers.by_token.numbers
}
`,
			ExpectNonEmptyPlan: nonEmpty,
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply:             []plancheck.PlanCheck{acctest.NoSecretsInPlan(target.ClientSecret)},
				PostApplyPostRefresh: postApply,
			},
			ConfigStateChecks: []statecheck.StateCheck{
				acctest.NoSecretsInState(target.ClientSecret),
				statecheck.ExpectKnownValue("data.colt_free_numbers.by_token", tfjsonpath.New("numbers"), knownvalue.ListSizeExact(2)),
			},
		}},
	})
}

// A provider given only a ready token says, once it has expired, that it
// cannot refresh it.
func TestAccExpiredReadyToken(t *testing.T) {
	clearColtEnv(t)
	target := acctest.Start(t)
	expired, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		ExpiresAt: jwt.NewNumericDate(acctest.Now().Add(-time.Minute)),
	}).SignedString([]byte("k"))
	if err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf("provider \"colt\" {\n  %s\n  access_token = %q\n}\n", target.EndpointOnly(), expired) +
				freeNumbersConfig("GB", 1),
			ExpectError: regexp.MustCompile(`(?s)has expired.*cannot be refreshed without client\s+credentials`),
		}},
	})
}
