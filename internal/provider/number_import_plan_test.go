package provider

import (
	"fmt"
	"maps"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// terraform import of a block, then terraform plan with the configuration
// that made it, plans no change and orders nothing: for a block reserved
// by quantity (in a named area or Colt's default one) and for one reserved
// by its numbers. The import itself leaves quantity and area_code null, so
// that configuration generated from it names the block by its numbers.
func TestAccNumberImportThenPlanNoChanges(t *testing.T) {
	cases := []struct {
		name, body string
		shape      []statecheck.StateCheck // after the plan and apply that follow the import
	}{
		{
			name: "quantity in an area",
			body: "  country_code = \"GB\"\n  area_code = \"20\"\n  quantity = 3\n",
			shape: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(numberAddr, tfattr("quantity"), knownvalue.Int64Exact(3)),
				statecheck.ExpectKnownValue(numberAddr, tfattr("area_code"), knownvalue.StringExact("20")),
			},
		},
		{
			name: "quantity in the default area",
			body: "  country_code = \"DK\"\n  quantity = 2\n",
			shape: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(numberAddr, tfattr("quantity"), knownvalue.Int64Exact(2)),
				statecheck.ExpectKnownValue(numberAddr, tfattr("area_code"), knownvalue.NotNull()),
			},
		},
		{
			name: "explicit numbers",
			body: "  country_code = \"GB\"\n  numbers = [\"+442071238800\", \"+442071238801\"]\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			target := acctest.Start(t)
			m := target.NeedsMock(t)
			config := target.ProviderBlock() + numberConfig(acctest.Reference("impplan"), tc.body)
			var last string
			var atImport map[string]int64
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: protoV6Providers,
				Steps: []resource.TestStep{
					{
						Config: config,
						Check: func(s *terraform.State) error {
							last = stateValue(s, "numbers.1")
							return nil
						},
					},
					{
						// Out of the state, still at Colt.
						Config: target.ProviderBlock() + "removed {\n  from = colt_number.test\n  lifecycle {\n    destroy = false\n  }\n}\n",
					},
					{
						Config:             config,
						ResourceName:       numberAddr,
						ImportState:        true,
						ImportStatePersist: true,
						ImportStateIdFunc:  func(*terraform.State) (string, error) { return last, nil },
						ImportStateCheck: func(states []*terraform.InstanceState) error {
							atImport = m.OrdersPlaced()
							if len(states) != 1 {
								return fmt.Errorf("import returned %d resources", len(states))
							}
							for _, key := range []string{"quantity", "area_code"} {
								if v, ok := states[0].Attributes[key]; ok && v != "" {
									return fmt.Errorf("the import sets %s = %q; generated configuration would hold it with numbers", key, v)
								}
							}
							return nil
						},
					},
					{
						// terraform plan (refreshing) after the import.
						Config: config,
						ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
							plancheck.ExpectEmptyPlan(),
						}},
						ConfigStateChecks: tc.shape,
						Check: func(*terraform.State) error {
							if now := m.OrdersPlaced(); !maps.Equal(atImport, now) {
								return fmt.Errorf("orders placed after the import: %v at the import, %v now", atImport, now)
							}
							return nil
						},
					},
					{
						Config:   config,
						PlanOnly: true,
					},
				},
			})
		})
	}
}
