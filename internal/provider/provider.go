// Package provider is the Terraform glue for the Colt provider: schemas,
// plans and diagnostics. Everything that touches the wire is in internal/colt.
package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var (
	_ provider.Provider                       = (*coltProvider)(nil)
	_ provider.ProviderWithEphemeralResources = (*coltProvider)(nil)
	_ provider.ProviderWithValidateConfig     = (*coltProvider)(nil)
	_ provider.ProviderWithFunctions          = (*coltProvider)(nil)
)

type coltProvider struct {
	version string
	getenv  func(string) string
}

// New returns a factory for the provider at the given release version.
func New(version string) func() provider.Provider {
	return newWithEnv(version, lookupEnv)
}

func newWithEnv(version string, getenv func(string) string) func() provider.Provider {
	return func() provider.Provider {
		return &coltProvider{version: version, getenv: getenv}
	}
}

func (p *coltProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "colt"
	resp.Version = p.version
}

func (p *coltProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	environments := make([]string, len(colt.Environments))
	for i, e := range colt.Environments {
		environments[i] = string(e)
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Manages Colt Technology Services Voice resources (Wholesale SIP numbers, " +
			"addresses, billing) through Colt's APIs, with one self-refreshing OAuth token per provider.",
		Attributes: map[string]schema.Attribute{
			"client_id": schema.StringAttribute{
				MarkdownDescription: "OAuth client id of a Colt API account. Falls back to `" + envClientID + "`.",
				Optional:            true,
			},
			"client_secret": schema.StringAttribute{
				MarkdownDescription: "OAuth client secret belonging to `client_id`. Falls back to `" + envClientSecret + "`.",
				Optional:            true,
				Sensitive:           true,
			},
			"environment": schema.StringAttribute{
				MarkdownDescription: fmt.Sprintf("Colt gateway to use: %s. Defaults to `%s`; falls back to `%s`.",
					backticked(environments), colt.Production, envEnvironment),
				Optional:   true,
				Validators: []validator.String{stringvalidator.OneOf(environments...)},
			},
			"base_url": schema.StringAttribute{
				MarkdownDescription: "Overrides the environment's gateway, e.g. a proxy or the `colt-mock` server. " +
					"Must be an absolute URL; plain `http` is accepted only for loopback hosts. Falls back to `" + envBaseURL + "`.",
				Optional:   true,
				Validators: []validator.String{baseURLValidator{}},
			},
			"access_token": schema.StringAttribute{
				MarkdownDescription: "A ready Colt access token (for example from another provider's `colt_access_token`), " +
					"used instead of client credentials. It cannot be refreshed: when it expires, calls fail. " +
					"Falls back to `" + envAccessToken + "`.",
				Optional:  true,
				Sensitive: true,
			},
			"request_timeout": schema.StringAttribute{
				MarkdownDescription: "Time budget of one API call including its retries, as a Go duration (`30s`, `2m`). Defaults to `30s`.",
				Optional:            true,
				Validators:          []validator.String{durationValidator{}},
			},
			"assumed_countries": schema.ListAttribute{
				MarkdownDescription: fmt.Sprintf("Countries to use although no Colt text names them: %s. Colt's lists "+
					"name %s; this provider also knows %s, but whether Colt serves them is its own assumption. "+
					"Opt in only if your Colt contract covers them; without it, a `country_code` outside Colt's lists "+
					"fails at plan time.", backtickedAnd(colt.AssumedCountries()), strings.Join(documentedCountries(), " "),
					strings.Join(colt.AssumedCountries(), " ")),
				ElementType: types.StringType,
				Optional:    true,
				Validators: []validator.List{
					listvalidator.UniqueValues(),
					listvalidator.ValueStringsAre(stringvalidator.OneOf(colt.AssumedCountries()...)),
				},
			},
			"max_retries": schema.Int64Attribute{
				MarkdownDescription: fmt.Sprintf("How many times a transient failure (429, 500/002, 502, 503, 504, "+
					"connection errors) is retried, with exponential backoff and jitter. Defaults to `%d`.", colt.DefaultMaxRetries),
				Optional:   true,
				Validators: []validator.Int64{int64validator.Between(0, 10)},
			},
		},
	}
}

func (p *coltProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{newNumberResource, newPortInResource}
}

func (p *coltProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{
		newFreeNumbersDataSource, newNumbersDataSource, newNumberOrderDataSource,
		newAddressValidationDataSource, newAddressDataSource, newLocalAreaCodeDataSource,
		newVATValidationDataSource, newCDRDataSource, newNonUsageReportDataSource,
	}
}

func (p *coltProvider) EphemeralResources(context.Context) []func() ephemeral.EphemeralResource {
	return []func() ephemeral.EphemeralResource{newAccessTokenEphemeralResource}
}

func backticked(values []string) string {
	quoted := make([]string, len(values))
	for i, v := range values {
		quoted[i] = "`" + v + "`"
	}
	return strings.Join(quoted, " or ")
}

func (p *coltProvider) Functions(context.Context) []func() function.Function {
	return []func() function.Function{newE164Function, newE164RangeFunction}
}
