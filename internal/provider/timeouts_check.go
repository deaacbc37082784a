package provider

import (
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// checkTimeouts refuses, at validate time, a timeouts entry that is not a
// positive duration, naming timeouts.<operation>: a zero or negative one
// would end every operation at once with a bare "context deadline
// exceeded", and the timeouts module's own check of one that is no
// duration at all does not say which entry it means.
func checkTimeouts(t timeouts.Value, diags *diag.Diagnostics) {
	if t.IsNull() || t.IsUnknown() {
		return
	}
	for name, v := range t.Attributes() {
		s, ok := v.(types.String)
		if !ok || s.IsNull() || s.IsUnknown() {
			continue
		}
		at := path.Root("timeouts").AtName(name)
		switch d, err := time.ParseDuration(s.ValueString()); {
		case err != nil:
			diags.AddAttributeError(at, "Timeout is not a duration",
				fmt.Sprintf("timeouts.%s is %q, which is not a duration. Use one such as \"30m\" or \"2h\" (units s, m, h), "+
					"or remove it for the default (20m).", name, s.ValueString()))
		case d <= 0:
			diags.AddAttributeError(at, "Timeout must be positive",
				fmt.Sprintf("timeouts.%s is %q: the operation would end before any order could be placed or followed. "+
					"Use a positive duration such as \"30m\", or remove it for the default (20m).", name, s.ValueString()))
		}
	}
}
