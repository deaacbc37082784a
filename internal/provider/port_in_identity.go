package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
)

var _ resource.ResourceWithIdentity = (*portInResource)(nil)

// portInIdentity names a colt_port_in by its port-in order.
const portInIdentity = "order_id"

func (r *portInResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = identityschema.Schema{
		Attributes: map[string]identityschema.Attribute{
			portInIdentity: identityschema.StringAttribute{
				Description:       "Id of the port-in order (the resource's id).",
				RequiredForImport: true,
			},
		},
	}
}

// identifyPortIn is identifyByID for colt_port_in.
func identifyPortIn(ctx context.Context, identity *tfsdk.ResourceIdentity, diags *diag.Diagnostics, states ...*tfsdk.State) {
	identifyByID(ctx, identity, portInIdentity, diags, states...)
}
