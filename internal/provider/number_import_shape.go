package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// An imported block's quantity and area code: how the block was reserved
// (by quantity in an area, or by naming its numbers) is not something
// Colt's inventory shows, and Terraform gives Read no configuration. Read
// after an import therefore leaves them null (configuration generated from
// that state names the block by its numbers alone, as it must to be
// valid), and marks the state as imported; every later Read fills them
// with what Colt holds: the block's size and its area code. A configuration
// that reserved the block by quantity then plans no change; one that names
// the numbers keeps those values (see keepImportedShape), since planning
// them null would be a change too.

// importedKey marks, in private state, a colt_number brought in by import.
const importedKey = "imported"

type privateState interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
	SetKey(ctx context.Context, key string, value []byte) diag.Diagnostics
}

func markImported(ctx context.Context, p privateState, diags *diag.Diagnostics) {
	diags.Append(p.SetKey(ctx, importedKey, []byte("true"))...)
}

func wasImported(ctx context.Context, p privateState, diags *diag.Diagnostics) bool {
	if p == nil {
		return false
	}
	v, d := p.GetKey(ctx, importedKey)
	diags.Append(d...)
	return len(v) > 0
}

// fillImportedShape sets a null quantity and area code to the block's size
// and Colt's area code (none for numbers without one, such as nomadic).
func (m *numberModel) fillImportedShape(held []colt.NumberDetail) {
	if m.Quantity.IsNull() {
		m.Quantity = types.Int64Value(int64(len(held)))
	}
	if m.AreaCode.IsNull() {
		m.AreaCode = optionalString(held[0].AreaCode)
	}
}

// keepImportedShape keeps, for a configuration that names the numbers, the
// quantity and area code an imported block's state holds, as long as they
// describe the block it keeps.
func keepImportedShape(state, plan *numberModel) {
	if state.Quantity.IsNull() || plan.Numbers.IsUnknown() || !plan.Numbers.Equal(state.Numbers) ||
		state.Quantity.ValueInt64() != int64(len(state.Numbers.Elements())) {
		return
	}
	plan.Quantity, plan.AreaCode = state.Quantity, state.AreaCode
}
