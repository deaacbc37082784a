package provider

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// forceNewAttributes lists the top-level attributes whose description says
// that changing them forces a new resource.
func forceNewAttributes(r resource.Resource) []string {
	var resp resource.SchemaResponse
	r.Schema(context.Background(), resource.SchemaRequest{}, &resp)
	var out []string
	for name, attr := range resp.Schema.Attributes {
		if strings.Contains(attr.GetMarkdownDescription(), "forces a new resource") {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// The docs say "forces a new resource" on exactly the attributes whose
// change the replacement functions turn into a replacement.
func TestForceNewDescriptions(t *testing.T) {
	base := func() *numberModel {
		return &numberModel{
			CountryCode: types.StringValue("GB"), AreaCode: types.StringValue("20"), Quantity: types.Int64Value(2),
			Numbers:                    types.ListValueMust(types.StringType, nil),
			RegulatorApprovalReference: types.StringNull(),
			Activation:                 &activationBlock{EndCustomerName: types.StringValue("A")},
			CustomerReference:          types.StringValue("ref"), DeletionProtection: types.BoolValue(true),
			NumberType: types.StringValue("geographic"),
		}
	}
	changes := map[string]func(*numberModel){
		"country_code":                 func(m *numberModel) { m.CountryCode = types.StringValue("FR") },
		"area_code":                    func(m *numberModel) { m.AreaCode = types.StringValue("1") },
		"quantity":                     func(m *numberModel) { m.Quantity = types.Int64Value(3) },
		"regulator_approval_reference": func(m *numberModel) { m.RegulatorApprovalReference = types.StringValue("X") },
		"activation":                   func(m *numberModel) { m.Activation = nil },
		"customer_reference":           func(m *numberModel) { m.CustomerReference = types.StringValue("other") },
		"deletion_protection":          func(m *numberModel) { m.DeletionProtection = types.BoolValue(false) },
		"number_type":                  func(m *numberModel) { m.NumberType = types.StringValue("nomadic") },
	}
	var replacing []string
	for name, change := range changes {
		plan := base()
		change(plan)
		if paths := numberReplacement(base(), plan, false); len(paths) > 0 {
			replacing = append(replacing, name)
		}
	}
	plan := base()
	plan.Numbers = types.ListValueMust(types.StringType, []attr.Value{types.StringValue("+442071230000")})
	if len(numberReplacement(base(), plan, true)) > 0 {
		replacing = append(replacing, "numbers")
	}
	sort.Strings(replacing)
	if got := forceNewAttributes(&numberResource{}); strings.Join(got, ",") != strings.Join(replacing, ",") {
		t.Errorf("colt_number: docs say %v force a new resource; the plan replaces on %v", got, replacing)
	}

	port := func() *portInModel {
		return &portInModel{CountryCode: types.StringValue("GB"), Numbers: types.ListValueMust(types.StringType, nil),
			RegulatorApproval: types.StringNull(), EndCustomerName: types.StringValue("A")}
	}
	portChanges := map[string]func(*portInModel){
		"country_code": func(m *portInModel) { m.CountryCode = types.StringValue("FR") },
		"numbers": func(m *portInModel) {
			m.Numbers = types.ListValueMust(types.StringType, []attr.Value{types.StringValue("+1")})
		},
		"regulator_approval_reference": func(m *portInModel) { m.RegulatorApproval = types.StringValue("X") },
		"end_customer_name":            func(m *portInModel) { m.EndCustomerName = types.StringValue("B") },
	}
	replacing = nil
	for name, change := range portChanges {
		plan := port()
		change(plan)
		if len(portInReplacement(port(), plan)) > 0 {
			replacing = append(replacing, name)
		}
	}
	sort.Strings(replacing)
	if got := forceNewAttributes(&portInResource{}); strings.Join(got, ",") != strings.Join(replacing, ",") {
		t.Errorf("colt_port_in: docs say %v force a new resource; the plan replaces on %v", got, replacing)
	}
}
