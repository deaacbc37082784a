package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Resource identity (Terraform 1.12 and later): what `import { identity =
// {...} }` names and `terraform query` reports. It is the value the import
// id has always been, so it never changes over a resource's life.

var _ resource.ResourceWithIdentity = (*numberResource)(nil)

// numberIdentity names a colt_number by the first number of its block.
const numberIdentity = "number"

func (r *numberResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = identityschema.Schema{
		Attributes: map[string]identityschema.Attribute{
			numberIdentity: identityschema.StringAttribute{
				Description: "The first number of the block, E.164 (the resource's id). On import, any number " +
					"of the block finds the block.",
				RequiredForImport: true,
			},
		},
	}
}

// identifyByID sets the identity's one attribute, name, to the id of the
// first of states that holds a resource. Create, Read and Update defer it
// with the response's state first, so the identity follows whatever they
// saved; Read adds the prior state, for a resource that vanished before it
// ever had an identity.
func identifyByID(ctx context.Context, identity *tfsdk.ResourceIdentity, name string, diags *diag.Diagnostics, states ...*tfsdk.State) {
	if identity == nil {
		return
	}
	for _, s := range states {
		if s == nil || s.Raw.IsNull() {
			continue
		}
		var id types.String
		if d := s.GetAttribute(ctx, path.Root("id"), &id); d.HasError() || id.IsUnknown() || id.ValueString() == "" {
			continue
		}
		diags.Append(identity.SetAttribute(ctx, path.Root(name), id)...)
		return
	}
}

// identifyNumber is identifyByID for colt_number.
func identifyNumber(ctx context.Context, identity *tfsdk.ResourceIdentity, diags *diag.Diagnostics, states ...*tfsdk.State) {
	identifyByID(ctx, identity, numberIdentity, diags, states...)
}

// importByIdentity is ImportState for a resource whose id is its identity:
// `terraform import` and `import { id = ... }` pass the id, `import {
// identity = {...} }` the identity.
func importByIdentity(ctx context.Context, name string, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughWithIdentity(ctx, path.Root("id"), path.Root(name), req, resp)
}
