package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// checkRegistration asks Colt to check an end customer's VAT/registration
// number in the countries whose activations and port-ins need it, so that a
// bad number fails before any order is placed. at is the object holding
// registration_number and end_customer_name. It runs from ModifyPlan, which
// Terraform and OpenTofu call again at apply with the final values, so
// values unknown at plan are checked then, still before any order.
func checkRegistration(ctx context.Context, client *colt.Client, country string, name, registration types.String,
	at path.Path, diags *diag.Diagnostics) {
	if !colt.RegistrationRequired[country] || registration.IsUnknown() || registration.IsNull() || name.IsUnknown() {
		return
	}
	companyName := ""
	if colt.NameRequired[country] {
		companyName = name.ValueString()
	}
	check, err := client.CheckVAT(ctx, country, registration.ValueString(), companyName)
	if err != nil {
		addCallError(diags, "Cannot check the end customer's registration number", err)
		return
	}
	switch {
	case !check.Valid:
		diags.AddAttributeError(at.AtName("registration_number"), "Registration number not valid",
			fmt.Sprintf("Colt's VAT check (VIES) does not know %s %s. %s numbers need a valid VAT or registration number; nothing was ordered.",
				country, registration.ValueString(), country))
	case !check.Usable():
		diags.AddAttributeError(at.AtName("end_customer_name"), "End customer name does not match the registration",
			fmt.Sprintf("Spain requires the exact registered name: %s %s is registered to %q, not %q; nothing was ordered.",
				country, registration.ValueString(), check.RegisteredName, name.ValueString()))
	}
}
