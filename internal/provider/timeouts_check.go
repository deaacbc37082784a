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
// positive duration: a zero or negative one would end every operation at
// once with a bare "context deadline exceeded".
func checkTimeouts(t timeouts.Value, diags *diag.Diagnostics) {
	if t.IsNull() || t.IsUnknown() {
		return
	}
	for name, v := range t.Attributes() {
		s, ok := v.(types.String)
		if !ok || s.IsNull() || s.IsUnknown() {
			continue
		}
		d, err := time.ParseDuration(s.ValueString())
		if err == nil && d <= 0 {
			diags.AddAttributeError(path.Root("timeouts").AtName(name), "Timeout must be positive",
				fmt.Sprintf("timeouts.%s is %q: the operation would end before any order could be placed or followed. "+
					"Use a positive duration such as \"30m\", or remove it for the default (20m).", name, s.ValueString()))
		}
	}
}
