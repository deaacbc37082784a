package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Changes made outside Terraform show as a plan diff; numbers given back
// outside Terraform leave the state and are planned anew.
func TestAccNumberDrift(t *testing.T) {
	target := acctest.Start(t)
	client := target.Client(t)
	ctx := context.Background()
	ref := acctest.Reference("drift")
	config := target.ProviderBlock() + numberConfig(ref, "  country_code = \"AT\"\n  quantity = 2\n"+activation("Kunde GmbH"))
	var numbers []string
	outside := func(place func() (*colt.Order, error)) {
		o, err := place()
		if err == nil {
			_, err = client.WaitForOrder(ctx, o, orderPollMin, orderPollMax)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				Config: config,
				Check: func(s *terraform.State) error {
					numbers = []string{stateValue(s, "numbers.0"), stateValue(s, "numbers.1")}
					return nil
				},
			},
			{
				PreConfig: func() {
					outside(func() (*colt.Order, error) {
						return client.PlaceCustomerUpdate(ctx, colt.AssignmentRequest{
							CustomerReference: acctest.Reference("outside"), Numbers: numbers,
							EndCustomer: colt.EndCustomer{Name: "Someone Else"}, EmergencyAddressID: "ADDR-0001",
						})
					})
				},
				Config: config,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("activation").AtMapKey("end_customer_name"), knownvalue.StringExact("Kunde GmbH")),
				},
			},
			{
				PreConfig: func() {
					outside(func() (*colt.Order, error) {
						return client.PlaceReturn(ctx, colt.ReturnRequest{CustomerReference: acctest.Reference("gone"), Numbers: numbers})
					})
				},
				Config: config,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionCreate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(numberAddr, tfattr("order_reference"), knownvalue.StringExact(ref+"~2")),
					statecheck.ExpectKnownValue(numberAddr, tfattr("status"), knownvalue.StringExact("Activated")),
				},
			},
		},
	})
}

// Refreshing many numbers shares inventory look-ups.
func TestAccNumberReadsAreBatched(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	const count = 12
	config := target.ProviderBlock() + fmt.Sprintf(`
resource "colt_number" "many" {
  count              = %d
  customer_reference = "%s-${count.index}"
  country_code       = "DK"
  quantity           = 1
}
`, count, acctest.Reference("batch"))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: config},
			{
				PreConfig:    m.Reset,
				RefreshState: true,
				Check: func(*terraform.State) error {
					lookups := m.Stats().APIRequests["GET /numberManagement/v1/Number"]
					t.Logf("refreshing %d colt_number resources made %d inventory requests", count, lookups)
					// The refresh lists the inventory once, a page of 200
					// (gathered by time, the reads made 2 to 6 requests,
					// a different count on each run).
					if lookups != 1 {
						return fmt.Errorf("refreshing %d resources made %d inventory requests, want 1", count, lookups)
					}
					return nil
				},
			},
		},
	})
}
