package provider

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

var _ ephemeral.EphemeralResourceWithConfigure = (*accessTokenEphemeralResource)(nil)

// handedOutValidity is how long a token handed out must still be valid:
// whatever receives it may use it for the rest of a long apply. The client caps it at half a token's lifetime.
const handedOutValidity = 10 * time.Minute

func newAccessTokenEphemeralResource() ephemeral.EphemeralResource {
	return &accessTokenEphemeralResource{}
}

// accessTokenEphemeralResource hands the provider's shared token to things
// outside the provider. Handing out the shared token (rather than fetching
// a new one) means opening it during plan and again during apply costs no
// extra token request while the token is fresh.
type accessTokenEphemeralResource struct {
	data *providerData
}

type accessTokenModel struct {
	AccessToken types.String `tfsdk:"access_token"`
	TokenType   types.String `tfsdk:"token_type"`
	ExpiresIn   types.Int64  `tfsdk:"expires_in"`
	ExpiresAt   types.String `tfsdk:"expires_at"`
	TrackingID  types.String `tfsdk:"tracking_id"`
}

func (r *accessTokenEphemeralResource) Metadata(_ context.Context, req ephemeral.MetadataRequest, resp *ephemeral.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_access_token"
}

func (r *accessTokenEphemeralResource) Schema(_ context.Context, _ ephemeral.SchemaRequest, resp *ephemeral.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "A Colt OAuth access token (a JWT valid 30 minutes), for use outside this provider: " +
			"another provider's block, a provisioner or a write-only attribute. Being ephemeral, it is never " +
			"written to plan or state. It is the provider's own shared token, so opening it causes a token " +
			"request only when the provider has no token valid for at least 10 more minutes. Needs Terraform 1.10 or later, or OpenTofu 1.11 or later.",
		Attributes: map[string]schema.Attribute{
			"access_token": schema.StringAttribute{
				MarkdownDescription: "The bearer token, sent as `Authorization: Bearer <token>`. Send an `x-tracking-id` " +
					"header with every call too, a fresh id of your choice (for example a UUID) that Colt support can trace: " +
					"Colt requires it on its token call, and colt-mock, like this provider, assumes it on every call " +
					"(`400/004` without it).",
				Computed:  true,
				Sensitive: true,
			},
			"token_type": schema.StringAttribute{
				MarkdownDescription: "The token type, `Bearer`.",
				Computed:            true,
			},
			"expires_in": schema.Int64Attribute{
				MarkdownDescription: "Seconds until the token expires, counted when it was opened. " +
					"Null for a ready `access_token` whose expiry cannot be read.",
				Computed: true,
			},
			"expires_at": schema.StringAttribute{
				MarkdownDescription: "When the token expires, RFC 3339. Null when unknown.",
				Computed:            true,
			},
			"tracking_id": schema.StringAttribute{
				MarkdownDescription: "The `x-tracking-id` of the token request that produced the token, " +
					"to quote to Colt support. Null for a ready `access_token`.",
				Computed: true,
			},
		},
	}
}

func (r *accessTokenEphemeralResource) Configure(_ context.Context, req ephemeral.ConfigureRequest, resp *ephemeral.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (r *accessTokenEphemeralResource) Open(ctx context.Context, _ ephemeral.OpenRequest, resp *ephemeral.OpenResponse) {
	if r.data != nil && r.data.unknownConfig {
		// Planning with a provider block that is not known yet: the token is
		// too, and apply opens it again with the final configuration.
		resp.Diagnostics.Append(resp.Result.Set(ctx, accessTokenModel{
			AccessToken: types.StringUnknown(), TokenType: types.StringUnknown(), ExpiresIn: types.Int64Unknown(),
			ExpiresAt: types.StringUnknown(), TrackingID: types.StringUnknown(),
		})...)
		return
	}
	client := r.data.clientOr(&resp.Diagnostics)
	if client == nil {
		return
	}
	tok, err := client.TokenValidFor(ctx, handedOutValidity)
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot get a Colt access token", err)
		return
	}
	out := accessTokenModel{
		AccessToken: types.StringValue(tok.AccessToken.Reveal()),
		TokenType:   types.StringValue(tok.TokenType),
		ExpiresIn:   types.Int64Null(),
		ExpiresAt:   types.StringNull(),
		TrackingID:  types.StringNull(),
	}
	if !tok.ExpiresAt.IsZero() {
		out.ExpiresIn = types.Int64Value(int64(tok.ExpiresAt.Sub(clock()).Seconds()))
		out.ExpiresAt = types.StringValue(tok.ExpiresAt.UTC().Format(time.RFC3339))
	}
	if tok.TrackingID != "" {
		out.TrackingID = types.StringValue(tok.TrackingID)
	}
	resp.Diagnostics.Append(resp.Result.Set(ctx, &out)...)
}
