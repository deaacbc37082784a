package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
)

// orderTimeouts is the timeouts attribute of a resource whose writes are
// Colt orders, described for what each operation waits for; ops says what
// create, update and delete order for this resource.
func orderTimeouts(ctx context.Context, ops orderOps) schema.Attribute {
	const format = " A duration such as `30s`, `45m` or `2h` (units `s`, `m`, `h`); defaults to `20m`. " +
		"A timeout leaves the order with Colt: apply again, with a longer timeout if need be, and the provider picks it up."
	attr, ok := timeouts.Attributes(ctx, timeouts.Opts{
		Create: true, Update: true, Delete: true,
		CreateDescription: "How long create waits for " + ops.create + "." + format,
		UpdateDescription: "How long update waits for " + ops.update + "." + format,
		DeleteDescription: "How long destroy waits for " + ops.delete + "." + format +
			" A new value counts for destroy once an apply has saved it to state.",
	}).(schema.SingleNestedAttribute)
	if !ok {
		panic("timeouts.Attributes is no longer a single nested attribute")
	}
	// checkTimeouts refuses what is not a positive duration, naming the
	// entry; the module's own duration check would say it a second time.
	for name, a := range attr.Attributes {
		if s, ok := a.(schema.StringAttribute); ok {
			s.Validators = nil
			attr.Attributes[name] = s
		}
	}
	attr.MarkdownDescription = "How long each operation waits for its Colt orders to finish. Orders are polled every " +
		"0.2 s at first and at most every 10 s."
	return attr
}

// orderOps names the orders a resource's create, update and delete wait for.
type orderOps struct{ create, update, delete string }
