package provider

import (
	"context"
	"os"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

const (
	envClientID     = "COLT_CLIENT_ID"
	envClientSecret = "COLT_CLIENT_SECRET"
	envEnvironment  = "COLT_ENVIRONMENT"
	envBaseURL      = "COLT_BASE_URL"
	envAccessToken  = "COLT_ACCESS_TOKEN"
)

func lookupEnv(name string) string { return os.Getenv(name) }

type providerModel struct {
	ClientID       types.String `tfsdk:"client_id"`
	ClientSecret   types.String `tfsdk:"client_secret"`
	Environment    types.String `tfsdk:"environment"`
	BaseURL        types.String `tfsdk:"base_url"`
	AccessToken    types.String `tfsdk:"access_token"`
	RequestTimeout types.String `tfsdk:"request_timeout"`
	MaxRetries     types.Int64  `tfsdk:"max_retries"`
	// AssumedCountries are the countries no Colt text names that the user
	// opts into.
	AssumedCountries types.List `tfsdk:"assumed_countries"`
}

func (m providerModel) hasUnknown() bool {
	for _, v := range []interface{ IsUnknown() bool }{
		m.ClientID, m.ClientSecret, m.Environment, m.BaseURL, m.AccessToken, m.RequestTimeout, m.MaxRetries,
		m.AssumedCountries,
	} {
		if v.IsUnknown() {
			return true
		}
	}
	return false
}

// settings is the provider block merged with its environment variables.
type settings struct {
	clientID       string
	clientSecret   colt.Secret
	environment    colt.Environment
	baseURL        string
	accessToken    colt.Secret
	requestTimeout time.Duration
	maxRetries     int
	countries      countryOptIn
}

// stringSetting takes the configured value when set (an explicit empty
// string counts as set), else the environment variable.
func stringSetting(v types.String, getenv func(string) string, env string) string {
	if !v.IsNull() && !v.IsUnknown() {
		return v.ValueString()
	}
	return getenv(env)
}

// resolve merges config and environment and checks the combination. Attribute
// checks (formats, ranges) are the schema validators' job; the ones here need
// the environment too. Unknown values are left alone: Configure is called
// again when they are known.
func resolve(m providerModel, getenv func(string) string) (settings, diag.Diagnostics) {
	var diags diag.Diagnostics
	s := settings{
		clientID:       stringSetting(m.ClientID, getenv, envClientID),
		clientSecret:   colt.Secret(stringSetting(m.ClientSecret, getenv, envClientSecret)),
		environment:    colt.Environment(stringSetting(m.Environment, getenv, envEnvironment)),
		baseURL:        stringSetting(m.BaseURL, getenv, envBaseURL),
		accessToken:    colt.Secret(stringSetting(m.AccessToken, getenv, envAccessToken)),
		requestTimeout: colt.DefaultRequestTimeout,
		maxRetries:     colt.DefaultMaxRetries,
	}
	if s.environment == "" {
		s.environment = colt.Production
	}
	if !m.RequestTimeout.IsNull() && !m.RequestTimeout.IsUnknown() {
		if d, err := time.ParseDuration(m.RequestTimeout.ValueString()); err == nil {
			s.requestTimeout = d
		}
	}
	if !m.MaxRetries.IsNull() && !m.MaxRetries.IsUnknown() {
		s.maxRetries = int(m.MaxRetries.ValueInt64())
	}
	s.countries = optInFrom(m.AssumedCountries)

	if m.Environment.IsNull() && s.environment != colt.Production && s.environment != colt.Sandbox {
		diags.AddAttributeError(path.Root("environment"), "Invalid Colt environment",
			"The "+envEnvironment+" environment variable is "+quote(string(s.environment))+
				"; it must be \"production\" or \"sandbox\".")
	}
	if m.BaseURL.IsNull() && s.baseURL != "" {
		if _, err := colt.ParseBaseURL(s.baseURL); err != nil {
			diags.AddAttributeError(path.Root("base_url"), "Invalid Colt base URL",
				"The "+envBaseURL+" environment variable is not usable: "+err.Error()+".")
		}
	}

	known := !m.ClientID.IsUnknown() && !m.ClientSecret.IsUnknown() && !m.AccessToken.IsUnknown()
	if !known {
		return s, diags
	}
	// A kind of credential set in the block wins over the other kind in the
	// environment; the same layer holding both kinds is a conflict.
	tokenInConfig := !m.AccessToken.IsNull() && s.accessToken != ""
	credsInConfig := !m.ClientID.IsNull() || !m.ClientSecret.IsNull()
	switch {
	case tokenInConfig && !credsInConfig:
		s.clientID, s.clientSecret = "", ""
	case credsInConfig && m.AccessToken.IsNull():
		s.accessToken = ""
	}
	switch {
	case s.clientID != "" && s.clientSecret == "":
		diags.AddAttributeError(path.Root("client_secret"), "Missing Colt client secret",
			"client_id is set but client_secret is not. Set client_secret in the provider block "+
				"or the "+envClientSecret+" environment variable.")
	case s.clientID == "" && s.clientSecret != "":
		diags.AddAttributeError(path.Root("client_id"), "Missing Colt client id",
			"client_secret is set but client_id is not. Set client_id in the provider block "+
				"or the "+envClientID+" environment variable.")
	}
	if s.accessToken != "" && (s.clientID != "" || s.clientSecret != "") {
		diags.AddAttributeError(path.Root("access_token"), "Conflicting Colt credentials",
			"Both client credentials (client_id/client_secret or "+envClientID+"/"+envClientSecret+
				") and an access token (access_token or "+envAccessToken+") are set. "+
				"Use client credentials, which let the provider refresh its token, or a ready access token, not both.")
	}
	return s, diags
}

func quote(s string) string { return "\"" + s + "\"" }

func (p *coltProvider) ValidateConfig(ctx context.Context, req provider.ValidateConfigRequest, resp *provider.ValidateConfigResponse) {
	var m providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	_, diags := resolve(m, p.getenv)
	resp.Diagnostics.Append(diags...)
}
