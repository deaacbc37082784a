package provider

import (
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// Numbers in service (activated or ported in) are a business's live phone
// numbers: once returned to Colt they cannot be got back. No plan returns
// them quietly: a protected resource refuses, an unprotected one warns.

func deletionProtectionAttribute() schema.BoolAttribute {
	return schema.BoolAttribute{
		MarkdownDescription: "Refuses, at plan time, a destroy or replacement that would return numbers in service " +
			"(status `Activated` or `Port-in Activated`): they are a business's live phone numbers, and once returned " +
			"they cannot be got back. Defaults to `true`. Reserved numbers and port-ins that have not completed are not " +
			"protected. To release protected numbers on purpose, set `false`, apply, then destroy. Even when `false`, " +
			"a plan that returns numbers in service carries a warning listing them.",
		Optional: true,
		Computed: true,
		Default:  booldefault.StaticBool(true),
	}
}

func inService(status string) bool {
	return status == colt.StatusActivated || status == colt.StatusPortInActivated
}

// guardInService reports a plan that would give back numbers in service:
// an error when the resource is protected, a warning otherwise. replacing
// says why they would go: a replacement, not a destroy.
func guardInService(diags *diag.Diagnostics, kind, ref string, protected, replacing bool, numbers []string) {
	if len(numbers) == 0 {
		return
	}
	action, why := "Destroying", "destroy"
	if replacing {
		action, why = "Replacing", "replacement"
	}
	listed := strings.Join(numbers, ", ")
	if protected {
		diags.AddError("Numbers in service are protected",
			fmt.Sprintf("%s %s %q would return %d number(s) in service to Colt: %s. They are a business's live phone "+
				"numbers; once returned they cannot be got back.\n\nNothing was changed. If the %s is a mistake, undo the "+
				"change that causes it. To release the numbers on purpose, set deletion_protection = false, apply, "+
				"then apply the %s.", action, kind, ref, len(numbers), listed, why, why))
		return
	}
	diags.AddWarning("Numbers in service will be returned",
		fmt.Sprintf("%s %s %q returns %d number(s) in service to Colt: %s. Once returned they cannot be got back. "+
			"deletion_protection is false.", action, kind, ref, len(numbers), listed))
}
