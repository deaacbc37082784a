package provider

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	tfresource "github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Terraform before 1.3 does not plan a destroy, so ModifyPlan's refusal
// never runs: Delete itself refuses to return protected numbers in
// service. Delete is called here as such a Terraform would, with the state
// of an activated, protected colt_number and no plan.
func TestAccNumberDeleteRefusesProtectedNumbersWithoutAPlan(t *testing.T) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	ref := acctest.Reference("unplanned")
	reserve := "  country_code = \"GB\"\n  quantity = 2\n"
	tfresource.Test(t, tfresource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []tfresource.TestStep{
			{
				Config: target.ProviderBlock() + numberConfig(ref, reserve+protectedActivation("Guarded Lines Ltd")),
				Check: func(s *terraform.State) error {
					r := &numberResource{data: &providerData{client: target.Client(t)}}
					diags := deleteFromState(t, r, s.RootModule().Resources[numberAddr].Primary.Attributes)
					var said []string
					for _, d := range diags {
						said = append(said, d.Summary()+": "+d.Detail())
					}
					if !diags.HasError() || !strings.Contains(strings.Join(said, "\n"), "Numbers in service are protected") {
						return fmt.Errorf("Delete of protected numbers in service without a plan said %q, want them refused", said)
					}
					if got := m.OrdersPlaced()[colt.OrderReturn]; got != 0 {
						return fmt.Errorf("%d return orders placed for protected numbers", got)
					}
					return nil
				},
			},
			{Config: target.ProviderBlock() + numberConfig(ref, reserve+"  deletion_protection = false\n"+protectedActivation("Guarded Lines Ltd"))},
		},
	})
}

// deleteFromState calls r.Delete with a state holding attrs (flatmap) as
// far as Delete reads them.
func deleteFromState(t *testing.T, r *numberResource, attrs map[string]string) diag.Diagnostics {
	t.Helper()
	ctx := context.Background()
	var schema resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &schema)
	state := tfsdk.State{Schema: schema.Schema, Raw: tftypes.NewValue(schema.Schema.Type().TerraformType(ctx), nil)}
	count, _ := strconv.Atoi(attrs["numbers.#"])
	numbers := make([]string, count)
	for i := range numbers {
		numbers[i] = attrs["numbers."+strconv.Itoa(i)]
	}
	list, d := types.ListValueFrom(ctx, types.StringType, numbers)
	diags := d
	for name, v := range map[string]any{
		"id": types.StringValue(attrs["id"]), "customer_reference": types.StringValue(attrs["customer_reference"]),
		"country_code": types.StringValue(attrs["country_code"]), "order_reference": types.StringValue(attrs["order_reference"]),
		"status": types.StringValue(attrs["status"]), "deletion_protection": types.BoolValue(attrs["deletion_protection"] == "true"),
		"numbers": list,
	} {
		diags.Append(state.SetAttribute(ctx, path.Root(name), v)...)
	}
	if diags.HasError() {
		t.Fatalf("building the state: %v", diags)
	}
	if attrs["status"] != colt.StatusActivated || attrs["deletion_protection"] != "true" || count == 0 {
		t.Fatalf("the state is not of protected numbers in service: %v", attrs)
	}
	resp := resource.DeleteResponse{State: state}
	r.Delete(ctx, resource.DeleteRequest{State: state}, &resp)
	return resp.Diagnostics
}
