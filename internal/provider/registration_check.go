package provider

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// vatNotRegisteredAttribute is Colt's override of the VAT check, on
// colt_number's activation and on colt_port_in.
func vatNotRegisteredAttribute() schema.BoolAttribute {
	return schema.BoolAttribute{
		MarkdownDescription: "Colt's ordering-portal option \"NIF/CIF/VAT ID not registered\", for a newly registered " +
			"company that the EU's VIES does not list yet. When `true`, the provider skips Colt's VAT check of " +
			"`registration_number` (done for PT, ES and FI) and sends the option in the order " +
			"(`endCustomer.registrationNumberNotRegistered`, a field name assumed until Colt's API specifications " +
			"confirm it). `registration_number` is still required in those countries. Defaults to `false`.",
		Optional: true,
	}
}

// checkRegistration asks Colt to check an end customer's VAT/registration
// number in the countries whose activations and port-ins need it, so that a
// bad number fails before any order is placed. at is the object holding
// registration_number and end_customer_name. It runs from ModifyPlan, which
// Terraform and OpenTofu call again at apply with the final values, so
// values unknown at plan are checked then, still before any order. A
// company marked notRegistered is not checked: the order says so instead.
func checkRegistration(ctx context.Context, client *colt.Client, country string, name, registration types.String,
	notRegistered types.Bool, at path.Path, diags *diag.Diagnostics) {
	if !colt.RegistrationRequired[country] || registration.IsUnknown() || registration.IsNull() || name.IsUnknown() ||
		notRegistered.IsUnknown() {
		return
	}
	if notRegistered.ValueBool() {
		tflog.Info(ctx, "Colt VAT check skipped: vat_not_registered is set; the order carries Colt's \"not registered\" option",
			map[string]any{"country_code": country})
		return
	}
	companyName := ""
	if colt.NameRequired[country] {
		companyName = name.ValueString()
	}
	check, err := client.CheckVAT(ctx, country, registration.ValueString(), companyName)
	// The paths are in the text too: Terraform cannot point at an attribute
	// nested in an object (activation), only at the resource.
	atNumber, atName := at.AtName("registration_number"), at.AtName("end_customer_name")
	var shape *colt.VATAnswerError
	switch {
	case errors.As(err, &shape):
		diags.AddAttributeError(atNumber, "Colt's VAT answer not understood",
			err.Error()+"\n\nNothing was ordered. Report the body above so that api/colt.yaml can be corrected. "+
				"If the company is newly registered and VIES does not list it yet, vat_not_registered = true "+
				"orders without the check.")
	case isRow(err, "400/120"):
		diags.AddAttributeError(atNumber, "Registration number in the wrong format",
			fmt.Sprintf("Colt's VAT check refuses %s = %q for country_code %s: correct %s. Nothing was ordered.\n\n%s",
				atNumber, registration.ValueString(), country, atNumber, callErrorDetail(err)))
	case err != nil:
		addCallError(diags, "Cannot check the end customer's registration number", err)
	case !check.Valid:
		diags.AddAttributeError(atNumber, "Registration number not valid",
			fmt.Sprintf("Colt's VAT check (VIES) does not know %s %s, given as %s. %s numbers need a valid VAT or "+
				"registration number; nothing was ordered. If the company is newly registered and VIES does not list "+
				"it yet, set vat_not_registered = true.",
				country, registration.ValueString(), atNumber, country))
	case !check.Usable():
		diags.AddAttributeError(atName, "End customer name does not match the registration",
			fmt.Sprintf("Spain requires the exact registered name in %s: %s %s is registered to %q, not %q; nothing was ordered.",
				atName, country, registration.ValueString(), check.RegisteredName, name.ValueString()))
	}
}
