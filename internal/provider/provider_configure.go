package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

func (p *coltProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var m providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if m.hasUnknown() {
		// The block depends on values known only later (e.g. an ephemeral
		// resource of another provider); Terraform configures again then.
		tflog.Debug(ctx, "Colt provider configuration has unknown values; API calls will wait for them")
		p.share(resp, &providerData{unknownConfig: true})
		return
	}
	s, diags := resolve(m, p.getenv)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	base, err := colt.BaseURL(s.environment, s.baseURL)
	if err != nil {
		resp.Diagnostics.AddError("Invalid Colt endpoint", err.Error())
		return
	}
	client, err := colt.New(colt.Config{
		BaseURL:        base,
		ClientID:       s.clientID,
		ClientSecret:   s.clientSecret,
		AccessToken:    s.accessToken,
		RequestTimeout: s.requestTimeout,
		MaxRetries:     s.maxRetries,
		UserAgent:      fmt.Sprintf("terraform-provider-colt/%s (Terraform %s)", p.version, req.TerraformVersion),
		Log:            debugLog,
		Warn:           warnLog,
		Now:            clock,
	})
	if err != nil {
		resp.Diagnostics.AddError("Cannot build the Colt client", err.Error())
		return
	}
	tflog.Debug(ctx, "Colt provider configured", map[string]any{
		"base_url": base.String(), "environment": string(s.environment), "max_retries": s.maxRetries,
		"request_timeout": s.requestTimeout.String(),
	})
	p.share(resp, &providerData{client: client, countries: s.countries})
}

func (p *coltProvider) share(resp *provider.ConfigureResponse, data *providerData) {
	resp.DataSourceData = data
	resp.ResourceData = data
	resp.EphemeralResourceData = data
	resp.ListResourceData = data
}

func debugLog(ctx context.Context, msg string, fields map[string]any) {
	tflog.Debug(ctx, msg, fields)
}

func warnLog(ctx context.Context, msg string, fields map[string]any) {
	tflog.Warn(ctx, msg, fields)
}
