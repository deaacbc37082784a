// Package acctest is the acceptance-test harness: where Colt is (the
// in-process mock by default, Colt's sandbox when credentials are given),
// which CLI runs the tests, and checks shared by the provider's tests.
package acctest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// OrderDelay is how long each step of an order takes in the tests' mock.
const OrderDelay = 50 * time.Millisecond

// Target is the Colt the tests talk to.
type Target struct {
	// Mock is the in-process mock; nil when the tests run against the sandbox.
	Mock         *mock.Server
	BaseURL      string
	ClientID     string
	ClientSecret string
}

// Sandbox reports whether COLT_CLIENT_ID, COLT_CLIENT_SECRET and
// COLT_ENVIRONMENT=sandbox ask for Colt's real sandbox.
func Sandbox() bool {
	return os.Getenv("COLT_CLIENT_ID") != "" && os.Getenv("COLT_CLIENT_SECRET") != "" &&
		os.Getenv("COLT_ENVIRONMENT") == "sandbox"
}

// Start returns the Colt for one test: a fresh mock server per test, or the
// sandbox.
func Start(t *testing.T) *Target {
	t.Helper()
	return StartWith(t, mock.Config{})
}

// StartWith is Start with a mock configured by cfg (OrderDelay defaults to
// the tests' OrderDelay), for tests of a Colt that differs from the model.
// wrap, when given, stands between the network and the mock, for tests
// that cut connections.
func StartWith(t *testing.T, cfg mock.Config, wrap ...func(http.Handler) http.Handler) *Target {
	t.Helper()
	if Sandbox() {
		return &Target{ClientID: os.Getenv("COLT_CLIENT_ID"), ClientSecret: os.Getenv("COLT_CLIENT_SECRET")}
	}
	if cfg.OrderDelay == 0 {
		cfg.OrderDelay = OrderDelay
	}
	if cfg.Now == nil {
		cfg.Now = Now
	}
	m := mock.New(cfg)
	var h http.Handler = m
	for _, w := range wrap {
		h = w(h)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &Target{Mock: m, BaseURL: srv.URL, ClientID: mock.DefaultClientID, ClientSecret: mock.DefaultClientSecret}
}

// Client is a Colt client for the target, for a test's own calls: changes
// made "outside Terraform" and checks after destroy.
func (tg *Target) Client(t *testing.T) *colt.Client {
	t.Helper()
	env := colt.Production
	if tg.Mock == nil {
		env = colt.Sandbox
	}
	base, err := colt.BaseURL(env, tg.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	c, err := colt.New(colt.Config{BaseURL: base, ClientID: tg.ClientID, ClientSecret: colt.Secret(tg.ClientSecret)})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// NeedsMock skips tests that inject faults or read the mock's counters.
func (tg *Target) NeedsMock(t *testing.T) *mock.Server {
	t.Helper()
	if tg.Mock == nil {
		t.Skip("needs the in-process Colt mock (runs without sandbox credentials)")
	}
	return tg.Mock
}

// ProviderBlock is a provider "colt" block for the target, with extra
// attribute lines appended.
func (tg *Target) ProviderBlock(extra ...string) string {
	var b strings.Builder
	b.WriteString("provider \"colt\" {\n")
	if tg.Mock != nil {
		fmt.Fprintf(&b, "  base_url      = %q\n  client_id     = %q\n  client_secret = %q\n", tg.BaseURL, tg.ClientID, tg.ClientSecret)
	} else {
		b.WriteString("  environment = \"sandbox\"\n")
	}
	for _, line := range extra {
		b.WriteString("  " + line + "\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// EndpointOnly is a provider block that points at the target without
// credentials, for tests that set their own.
func (tg *Target) EndpointOnly() string {
	if tg.Mock != nil {
		return fmt.Sprintf("base_url = %q", tg.BaseURL)
	}
	return `environment = "sandbox"`
}

// OpenTofu reports whether terraform-plugin-testing runs OpenTofu.
func OpenTofu() bool {
	if os.Getenv("TF_ACC_PROVIDER_HOST") == "registry.opentofu.org" {
		return true
	}
	return strings.HasPrefix(filepath.Base(os.Getenv("TF_ACC_TERRAFORM_PATH")), "tofu")
}

// Reference is a customer reference unique to this run, so tests against
// the sandbox never meet an earlier run's orders.
func Reference(prefix string) string {
	return fmt.Sprintf("tf-acc-%s-%d", prefix, time.Now().UnixNano()%1_000_000_000)
}
