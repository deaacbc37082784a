package provider

import (
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

func env(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func nullModel() providerModel {
	return providerModel{
		ClientID: types.StringNull(), ClientSecret: types.StringNull(), Environment: types.StringNull(),
		BaseURL: types.StringNull(), AccessToken: types.StringNull(), RequestTimeout: types.StringNull(),
		MaxRetries: types.Int64Null(),
	}
}

// One case per attribute for precedence: config over environment, the
// environment when config is null, the default when both are absent.
func TestResolvePrecedence(t *testing.T) {
	full := map[string]string{
		envClientID: "env-id", envClientSecret: "env-secret", envEnvironment: "sandbox", envBaseURL: "https://proxy.example.com",
	}
	m := nullModel()
	s, diags := resolve(m, env(nil))
	if diags.HasError() || s.environment != colt.Production || s.requestTimeout != 30*time.Second || s.maxRetries != 4 ||
		s.clientID != "" || s.baseURL != "" {
		t.Errorf("defaults: %+v %v", s, diags)
	}

	s, diags = resolve(m, env(full))
	if diags.HasError() || s.clientID != "env-id" || s.clientSecret.Reveal() != "env-secret" ||
		s.environment != colt.Sandbox || s.baseURL != "https://proxy.example.com" {
		t.Errorf("environment fallback: %+v %v", s, diags)
	}

	m.ClientID = types.StringValue("cfg-id")
	m.ClientSecret = types.StringValue("cfg-secret")
	m.Environment = types.StringValue("production")
	m.BaseURL = types.StringValue("http://127.0.0.1:1")
	m.RequestTimeout = types.StringValue("2m")
	m.MaxRetries = types.Int64Value(0)
	s, diags = resolve(m, env(full))
	if diags.HasError() || s.clientID != "cfg-id" || s.clientSecret.Reveal() != "cfg-secret" ||
		s.environment != colt.Production || s.baseURL != "http://127.0.0.1:1" || s.requestTimeout != 2*time.Minute || s.maxRetries != 0 {
		t.Errorf("config over environment: %+v %v", s, diags)
	}

	// An explicit empty string in config is a value, not an absence.
	m = nullModel()
	m.BaseURL = types.StringValue("")
	if s, _ = resolve(m, env(full)); s.baseURL != "" {
		t.Errorf("empty base_url fell back to the environment: %q", s.baseURL)
	}
}

func TestResolveCombinations(t *testing.T) {
	cases := []struct {
		name   string
		config map[string]string
		env    map[string]string
		errRe  string
	}{
		{"id from config, secret from env", map[string]string{"client_id": "id"}, map[string]string{envClientSecret: "s"}, ""},
		{"id without secret", map[string]string{"client_id": "id"}, nil, "Missing Colt client secret"},
		{"secret without id", nil, map[string]string{envClientSecret: "s"}, "Missing Colt client id"},
		{"token alone", nil, map[string]string{envAccessToken: "t"}, ""},
		{"token in config, credentials in env", map[string]string{"access_token": "t"}, map[string]string{envClientID: "id", envClientSecret: "s"}, ""},
		{"credentials in config, token in env", map[string]string{"client_id": "id"}, map[string]string{envClientSecret: "s", envAccessToken: "t"}, ""},
		{"both in env", nil, map[string]string{envClientID: "id", envClientSecret: "s", envAccessToken: "t"}, "Conflicting Colt credentials"},
		{"nothing", nil, nil, ""},
		{"bad env environment", nil, map[string]string{envEnvironment: "staging"}, "Invalid Colt environment"},
		{"bad env base url", nil, map[string]string{envBaseURL: "http://example.com"}, "Invalid Colt base URL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := nullModel()
			if v, ok := tc.config["client_id"]; ok {
				m.ClientID = types.StringValue(v)
			}
			if v, ok := tc.config["access_token"]; ok {
				m.AccessToken = types.StringValue(v)
			}
			_, diags := resolve(m, env(tc.env))
			switch {
			case tc.errRe == "" && diags.HasError():
				t.Errorf("unexpected: %v", diags)
			case tc.errRe != "" && (!diags.HasError() || !regexp.MustCompile(tc.errRe).MatchString(diags[0].Summary())):
				t.Errorf("want %q, got %v", tc.errRe, diags)
			}
		})
	}
}

func TestResolveLeavesUnknownCredentialsAlone(t *testing.T) {
	m := nullModel()
	m.AccessToken = types.StringUnknown()
	if _, diags := resolve(m, env(map[string]string{envClientID: "id"})); diags.HasError() {
		t.Errorf("unknown access_token judged at plan: %v", diags)
	}
}

// Plan-time diagnostics through the CLI: each names the attribute.
func TestProviderConfigErrors(t *testing.T) {
	clearColtEnv(t)
	cases := []struct {
		attrs string
		err   string
	}{
		{`environment = "staging"`, `(?s)Attribute environment value must be one of`},
		{`base_url = "apis.colt.net"`, `(?s)Invalid Colt base URL.*base_url.*not an absolute URL`},
		{`base_url = "http://apis.colt.net"`, `(?s)Invalid Colt base URL.*only for loopback`},
		{`client_id = "id"`, `(?s)Missing Colt client secret.*COLT_CLIENT_SECRET`},
		{`client_secret = "s"`, `(?s)Missing Colt client id.*COLT_CLIENT_ID`},
		{"client_id = \"id\"\n  client_secret = \"s\"\n  access_token = \"t\"", `(?s)Conflicting Colt credentials`},
		{`request_timeout = "30"`, `(?s)Invalid duration.*request_timeout`},
		{`request_timeout = "-1s"`, `(?s)Invalid duration`},
		{`max_retries = 11`, `(?s)max_retries value must be between 0 and 10`},
	}
	var plans []planCase
	for _, tc := range cases {
		plans = append(plans, planCase{tc.attrs, "provider \"colt\" {\n  " + tc.attrs + "\n}\n" + freeNumbersConfig("GB", 1), tc.err})
	}
	runPlanCases(t, plans)
}

// Missing credentials is an error only when an API is used, and it says
// where credentials go.
func TestMissingCredentialsAtFirstUse(t *testing.T) {
	clearColtEnv(t)
	target := acctest.Start(t)
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{
				// No API call: no credentials needed.
				Config: "provider \"colt\" {\n  " + target.EndpointOnly() + "\n}\n" +
					`resource "terraform_data" "x" { input = 1 }`,
			},
			{
				Config: "provider \"colt\" {\n  " + target.EndpointOnly() + "\n}\n" + freeNumbersConfig("GB", 1),
				ExpectError: regexp.MustCompile(
					`(?s)no Colt credentials.*client_id.*client_secret.*COLT_CLIENT_ID.*COLT_CLIENT_SECRET`),
			},
		},
	})
	if m := target.Mock; m != nil && m.Stats().TokenRequests != 0 {
		t.Errorf("%d token requests without credentials", m.Stats().TokenRequests)
	}
}

// clearColtEnv hides a developer's own COLT_* variables from a test that
// must see none.
func clearColtEnv(t *testing.T) {
	t.Helper()
	if acctest.Sandbox() {
		t.Skip("needs an environment without Colt credentials")
	}
	for _, name := range []string{envClientID, envClientSecret, envEnvironment, envBaseURL, envAccessToken} {
		t.Setenv(name, "")
	}
}

// A provider block whose values are unknown during plan (fed by a resource
// still to be created) is accepted; Terraform configures it again at apply.
func TestAccUnknownProviderConfigDuringPlan(t *testing.T) {
	target := acctest.Start(t)
	// Terraform accepts an unknown ephemeral result during plan; OpenTofu
	// 1.11 rejects any result that is not wholly known, so there the token
	// cannot be opened until the provider block is known.
	ephemeralBlock := `ephemeral "colt_access_token" "later" {}`
	if acctest.OpenTofu() {
		ephemeralBlock = ""
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: `
resource "terraform_data" "settings" {
  input = "30s"
}

` + target.ProviderBlock(`request_timeout = terraform_data.settings.output`) + ephemeralBlock,
			PlanOnly:           true,
			ExpectNonEmptyPlan: true,
		}},
	})
}
