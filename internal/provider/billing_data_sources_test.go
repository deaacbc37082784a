package provider

import (
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// Billing comes from the account's own history: activated numbers make
// calls, and the activation is a non-usage charge of the month.
func TestAccBillingFromActivatedNumbers(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	// Colt's clock runs from 08:00 UTC of today's date, whatever the wall
	// clock's time of day: numbers activated late in the day would have no
	// calls left to make in it.
	started := time.Now()
	today := acctest.Today()
	morning := today.Add(8 * time.Hour)
	coltClock := func(offset time.Duration) func() time.Time {
		return func() time.Time { return morning.Add(offset + time.Since(started)) }
	}
	m.SetClock(coltClock(0))
	ref := acctest.Reference("bill")
	const count = 20
	// The separator and quotes in a value survive the consolidated file.
	const customer = `Billing; "Ltd"`
	numbers := target.ProviderBlock() + numberConfig(ref, fmt.Sprintf("  country_code = \"GB\"\n  quantity = %d\n", count)+activation(customer))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: numbers},
			{
				// A day later at Colt, today's calls are all in.
				PreConfig: func() { m.SetClock(coltClock(23 * time.Hour)) },
				Config: numbers + fmt.Sprintf(`
data "colt_call_detail_records" "today" {
  date = %q
}

data "colt_call_detail_records" "range" {
  from_date = %q
  to_date   = %q
}

data "colt_non_usage_report" "month" {
  month = %q
}

data "colt_call_detail_records" "rated" {
  month = %q
}
`, today.Format(time.DateOnly), today.AddDate(0, 0, -1).Format(time.DateOnly), today.Format(time.DateOnly), today.Format("2006-01"),
					today.AddDate(0, -1, -today.Day()+1).Format("2006-01")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.colt_non_usage_report.month", tfattr("charges").AtSliceIndex(0).AtMapKey("charge_type"),
						knownvalue.StringExact("activation")),
					statecheck.ExpectKnownValue("data.colt_call_detail_records.today", tfattr("records").AtSliceIndex(0).AtMapKey("customer_reference"),
						knownvalue.StringExact(ref)),
					statecheck.ExpectKnownValue("data.colt_call_detail_records.today", tfattr("records").AtSliceIndex(0).AtMapKey("end_customer_name"),
						knownvalue.StringExact(customer)),
					statecheck.ExpectKnownValue("data.colt_call_detail_records.range", tfattr("records").AtSliceIndex(0).AtMapKey("end_customer_name"),
						knownvalue.StringExact(customer)),
					// Last month these numbers were not active yet: no rated calls.
					statecheck.ExpectKnownValue("data.colt_call_detail_records.rated", tfattr("records"), knownvalue.ListSizeExact(0)),
				},
				Check: func(s *terraform.State) error {
					daily := s.RootModule().Resources["data.colt_call_detail_records.today"].Primary.Attributes
					consolidated := s.RootModule().Resources["data.colt_call_detail_records.range"].Primary.Attributes
					charges := s.RootModule().Resources["data.colt_non_usage_report.month"].Primary.Attributes
					t.Logf("today: %s unrated records; consolidated file: %s; non-usage charges: %s",
						daily["records.#"], consolidated["records.#"], charges["charges.#"])
					if daily["records.#"] == "0" || daily["records.#"] != consolidated["records.#"] {
						return fmt.Errorf("%s daily records, %s in the consolidated file: want the same, more than 0",
							daily["records.#"], consolidated["records.#"])
					}
					if charges["charges.#"] != fmt.Sprint(count) {
						return fmt.Errorf("%s non-usage charges, want %d (one activation per number)", charges["charges.#"], count)
					}
					return nil
				},
			},
			{PreConfig: func() { m.SetClock(coltClock(0)) }, Config: numbers},
		},
	})
}

func TestAccCallDetailRecordsPlanTimeRules(t *testing.T) {
	target := acctest.Start(t)
	today := acctest.Today()
	cases := []struct{ body, err string }{
		{fmt.Sprintf("  date = %q", today.AddDate(0, 0, -91).Format(time.DateOnly)), `(?s)Date outside the 90-day window`},
		{fmt.Sprintf("  date = %q", today.AddDate(0, 0, 2).Format(time.DateOnly)), `(?s)Date outside the 90-day window`},
		{fmt.Sprintf("  from_date = %q\n  to_date = %q", today.AddDate(0, 0, -40).Format(time.DateOnly), today.Format(time.DateOnly)), `(?s)Date range too long`},
		{fmt.Sprintf("  from_date = %q\n  to_date = %q", today.Format(time.DateOnly), today.AddDate(0, 0, -3).Format(time.DateOnly)), `(?s)Empty date range`},
		{fmt.Sprintf("  from_date = %q", today.Format(time.DateOnly)), `(?s)to_date`},
		{"  month = \"2026-13\"", `(?s)must be a month as YYYY-MM`},
		{"  date = \"27/11/2026\"", `(?s)must be a date as YYYY-MM-DD`},
		{fmt.Sprintf("  date = %q\n  month = \"2026-10\"", today.Format(time.DateOnly)), `(?s)Invalid Attribute Combination`},
	}
	var plans []planCase
	for i, tc := range cases {
		plans = append(plans, planCase{fmt.Sprint(i), target.ProviderBlock() + "data \"colt_call_detail_records\" \"test\" {\n" + tc.body + "\n}\n", tc.err})
	}
	runPlanCases(t, plans)
}
