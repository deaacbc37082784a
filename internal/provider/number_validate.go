package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// ValidateConfig checks Colt's country rules at plan time, before any order.
func (r *numberResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m numberModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	checkTimeouts(m.Timeouts, &resp.Diagnostics)
	if m.CountryCode.IsUnknown() || m.CountryCode.IsNull() {
		return
	}
	country := m.CountryCode.ValueString()
	numbers := listStrings(ctx, m.Numbers, &resp.Diagnostics)
	validateBlock(country, numbers, path.Root("numbers"), &resp.Diagnostics)

	size := int64(len(numbers))
	if !m.Quantity.IsNull() && !m.Quantity.IsUnknown() {
		size = m.Quantity.ValueInt64()
	}
	if country != "DE" && !m.RegulatorApprovalReference.IsNull() && !m.RegulatorApprovalReference.IsUnknown() {
		resp.Diagnostics.AddAttributeError(path.Root("regulator_approval_reference"), "Regulator approval outside Germany",
			"regulator_approval_reference applies to German (DE) numbers only.")
	}
	validateNumberType(m, &resp.Diagnostics)
	if m.Activation != nil {
		validateEndCustomer(country, m.Activation.EndCustomerName, m.Activation.RegistrationNumber,
			path.Root("activation"), &resp.Diagnostics)
		validateDirectoryService(country, m.Activation.DirectoryService, pathActivation.AtName("directory_service"), &resp.Diagnostics)
		at := pathActivation.AtName("regulator_approval_reference")
		if validateGermanAssignment(country, size, m.Activation.RegulatorApproval, at, &resp.Diagnostics) &&
			!m.RegulatorApprovalReference.IsNull() {
			resp.Diagnostics.AddAttributeError(path.Root("regulator_approval_reference"), "Regulator approval in the wrong place",
				germanApprovalMoved)
		}
	}
}

// validateNumberType checks a nomadic block: it has no area code.
func validateNumberType(m numberModel, diags *diag.Diagnostics) {
	if m.NumberType.ValueString() != colt.NumberNomadic {
		return
	}
	if !m.AreaCode.IsNull() {
		diags.AddAttributeError(path.Root("area_code"), "Nomadic numbers have no area code",
			"area_code does not apply to number_type = \"nomadic\": nomadic numbers are not tied to a location.")
	}
}

// germanApprovalMoved says where Germany's approval goes now.
const germanApprovalMoved = "Germany's BNetzA approval is needed before numbers are assigned to an end customer, not to " +
	"reserve them: set activation.regulator_approval_reference, which is sent with the activation order. The top-level " +
	"regulator_approval_reference is only sent with the reservation."

// validateBlock checks explicit numbers belong to the country and form one
// contiguous block.
func validateBlock(country string, numbers []string, at path.Path, diags *diag.Diagnostics) {
	for i, n := range numbers {
		if !e164Pattern.MatchString(n) {
			return // the attribute validator reports it
		}
		if colt.CountryOf(n) != country {
			diags.AddAttributeError(at.AtListIndex(i), "Number outside the country",
				fmt.Sprintf("%s is not a %s number (calling code +%s).", n, country, colt.Countries[country]))
			return
		}
		if i > 0 && (len(n) != len(numbers[i-1]) || n <= numbers[i-1] || !consecutive(numbers[i-1], n)) {
			diags.AddAttributeError(at.AtListIndex(i), "Numbers are not a contiguous block",
				fmt.Sprintf("A colt_number holds one number or a contiguous block in ascending order, but %s does not follow %s. "+
					"Use one resource per block.", n, numbers[i-1]))
			return
		}
	}
}

func consecutive(a, b string) bool {
	// Same length, so comparing digit values is exact.
	var x, y int64
	_, errA := fmt.Sscan(a[1:], &x)
	_, errB := fmt.Sscan(b[1:], &y)
	return errA == nil && errB == nil && y == x+1
}

// validateGermanAssignment checks Germany's rule for numbers assigned to an
// end customer (activation, port-in): more than GermanBlockLimit numbers
// need the regulator's (BNetzA) approval reference, set at approval. It
// reports whether it found the approval missing.
func validateGermanAssignment(country string, size int64, approval types.String, at path.Path, diags *diag.Diagnostics) bool {
	if approval.IsUnknown() {
		return false
	}
	name := at.String()
	if country != "DE" && !approval.IsNull() {
		diags.AddAttributeError(at, "Regulator approval outside Germany", name+" applies to German (DE) numbers only.")
		return false
	}
	if country == "DE" && size > colt.GermanBlockLimit && strings.TrimSpace(approval.ValueString()) == "" {
		diags.AddAttributeError(at, "German block needs regulator approval",
			fmt.Sprintf("Germany requires regulator (BNetzA) approval before more than %d numbers are assigned to an end "+
				"customer; these are %d. Set %s to the approval's reference, or split the block.", colt.GermanBlockLimit, size, name))
		return true
	}
	return false
}

// validateEndCustomer checks the PT/ES/FI rules for an activation or port-in.
func validateEndCustomer(country string, name, registration types.String, at path.Path, diags *diag.Diagnostics) {
	// The path is in the text too: Terraform cannot point at an attribute
	// nested in an object (activation), only at the resource.
	if at := at.AtName("registration_number"); colt.RegistrationRequired[country] && !registration.IsUnknown() &&
		registration.ValueString() == "" {
		diags.AddAttributeError(at, "Registration number required",
			fmt.Sprintf("Colt checks the end customer's VAT or registration number for %s numbers: set %s.", country, at))
	}
	if at := at.AtName("end_customer_name"); colt.NameRequired[country] && !name.IsUnknown() && name.ValueString() == "" {
		diags.AddAttributeError(at, "Registered name required",
			"Spain requires the end customer's name exactly as registered with the tax authority: set "+at.String()+".")
	}
}
