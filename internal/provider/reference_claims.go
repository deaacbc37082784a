package provider

import (
	"fmt"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// referenceClaims records the customer references planned in one run of
// the provider. Terraform plans every instance of a configuration in one
// provider process, once per plan, so a reference planned twice belongs to
// two resources, which would share (and return) each other's numbers.
//
// A replacement is the exception: Terraform plans the instance, then plans
// its new object again, as a create; replanned marks the second plan as
// expected.
type referenceClaims struct {
	mu        sync.Mutex
	seen      map[string]string // reference -> resource type that planned it
	replanned map[string]int    // references whose replacement is yet to be planned
}

// replacing expects the create plan of a replaced instance's new object.
func (c *referenceClaims) replacing(ref types.String) {
	if c == nil || ref.IsNull() || ref.IsUnknown() {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.replanned == nil {
		c.replanned = map[string]int{}
	}
	c.replanned[ref.ValueString()]++
}

// claim reports a reference another resource of this configuration uses.
func (c *referenceClaims) claim(kind string, ref types.String, diags *diag.Diagnostics) {
	if c == nil || ref.IsNull() || ref.IsUnknown() {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen == nil {
		c.seen = map[string]string{}
	}
	other, taken := c.seen[ref.ValueString()]
	if !taken {
		c.seen[ref.ValueString()] = kind
		return
	}
	if c.replanned[ref.ValueString()] > 0 {
		c.replanned[ref.ValueString()]--
		return
	}
	diags.AddAttributeError(path.Root("customer_reference"), "Duplicate customer_reference",
		fmt.Sprintf("customer_reference %q is also used by another %s in this configuration. Each colt_number and "+
			"colt_port_in needs its own: the provider finds a resource's numbers and orders at Colt by it, so two "+
			"resources with one reference would share numbers, and destroying one would return the other's.",
			ref.ValueString(), other))
}
