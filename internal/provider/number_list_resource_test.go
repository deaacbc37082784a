package provider

import (
	"context"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// queryChecks gates tests of terraform query: Terraform 1.14 or later, and
// not OpenTofu, which has no query command.
func queryChecks(t *testing.T) []tfversion.TerraformVersionCheck {
	t.Helper()
	if acctest.OpenTofu() {
		t.Skip("OpenTofu has no terraform query")
	}
	return []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)}
}

// seeded starts a mock holding seed's inventory plus, placed outside
// Terraform, blocks under the references given (DK, 2 numbers each).
func seeded(t *testing.T, cfg mock.Config, seed mock.Seed, references ...string) *acctest.Target {
	t.Helper()
	target := acctest.StartWith(t, cfg)
	m := target.NeedsMock(t)
	if _, err := m.Seed(target.ClientID, seed); err != nil {
		t.Fatal(err)
	}
	client := target.Client(t)
	for _, ref := range references {
		o, err := client.PlaceReservation(context.Background(), colt.ReservationRequest{CustomerReference: ref, CountryCode: "DK", Quantity: 2})
		if err == nil {
			_, err = client.WaitForOrder(context.Background(), o, 10*time.Millisecond, 100*time.Millisecond)
		}
		if err != nil {
			t.Fatalf("reservation %s: %v", ref, err)
		}
	}
	return target
}

// terraform query finds every number block, by the filters, with the
// identity and resource an import of the block would give. Blocks whose
// configuration would not be valid (a reference the provider does not
// accept, or one taken by another block) are left out.
func TestAccNumberListQuery(t *testing.T) {
	checks := queryChecks(t)
	// Five blocks: GB, FR (activated), DE, NL (activated), IT (50 numbers).
	target := seeded(t, mock.Config{}, mock.Seed{Numbers: 450, PortIns: 2}, "dup", "dup~2", "portal:7")
	gb := map[string]knownvalue.Check{"number": knownvalue.StringExact("+442071230000")}
	runQuery(t, target, checks, `
list "colt_number" "all" {
  provider = colt
}
list "colt_number" "fr" {
  provider = colt
  config {
    country_code = "FR"
  }
}
list "colt_number" "activated" {
  provider = colt
  config {
    status = "Activated"
  }
}
list "colt_number" "legacy" {
  provider = colt
  config {
    customer_reference_prefix = "legacy-"
  }
}
list "colt_number" "gb" {
  provider         = colt
  include_resource = true
  config {
    country_code = "GB"
    status       = "Reserved"
  }
}
list "colt_number" "two" {
  provider = colt
  limit    = 2
}
`,
		querycheck.ExpectLength("colt_number.all", 6),
		querycheck.ExpectIdentity("colt_number.all", gb),
		querycheck.ExpectIdentity("colt_number.all", map[string]knownvalue.Check{"number": knownvalue.StringExact("+4537120000")}),
		querycheck.ExpectResourceDisplayName("colt_number.all", queryfilter.ByResourceIdentity(gb),
			knownvalue.StringExact("legacy-gb-001: +442071230000 to +442071230099 (GB, 100 numbers, Reserved)")),
		querycheck.ExpectLength("colt_number.fr", 1),
		querycheck.ExpectLength("colt_number.activated", 2),
		querycheck.ExpectLength("colt_number.legacy", 5),
		querycheck.ExpectLength("colt_number.gb", 1),
		querycheck.ExpectLength("colt_number.two", 2),
		querycheck.ExpectResourceKnownValues("colt_number.gb", queryfilter.ByResourceIdentity(gb), []querycheck.KnownValueCheck{
			{Path: tfjsonpath.New("id"), KnownValue: knownvalue.StringExact("+442071230000")},
			{Path: tfjsonpath.New("customer_reference"), KnownValue: knownvalue.StringExact("legacy-gb-001")},
			{Path: tfjsonpath.New("country_code"), KnownValue: knownvalue.StringExact("GB")},
			{Path: tfjsonpath.New("numbers"), KnownValue: knownvalue.ListSizeExact(100)},
			{Path: tfjsonpath.New("quantity"), KnownValue: knownvalue.Null()},
			{Path: tfjsonpath.New("area_code"), KnownValue: knownvalue.Null()},
			{Path: tfjsonpath.New("status"), KnownValue: knownvalue.StringExact("Reserved")},
			{Path: tfjsonpath.New("deletion_protection"), KnownValue: knownvalue.Bool(true)},
			{Path: tfjsonpath.New("activation"), KnownValue: knownvalue.Null()},
		}),
	)
}

// runQuery runs query, the body of a .tfquery.hcl file, against target
// (after a step that writes the provider block) and checks its results.
func runQuery(t *testing.T, target *acctest.Target, checks []tfversion.TerraformVersionCheck, query string,
	results ...querycheck.QueryResultCheck) {
	t.Helper()
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		TerraformVersionChecks:   checks,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock()},
			{Query: true, Config: query, QueryResultChecks: results},
		},
	})
}
