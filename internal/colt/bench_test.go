package colt

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// BenchmarkSharedToken is the provider's case: many parallel calls through
// one client share one token.
func BenchmarkSharedToken(b *testing.B) {
	m, base := startMockB(b)
	c, err := New(benchConfig(b, base))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := c.ListNumbers(context.Background(), benchQuery); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(m.Stats().TokenRequests)/float64(b.N), "tokens/op")
}

// benchQuery is a cheap call for the mock (an empty inventory), so that the
// benchmark measures the client and its token handling, not the mock.
var benchQuery = NumberQuery{CountryCode: "GB"}

// BenchmarkTokenPerCall is the baseline a provider without a shared token
// would pay: a token request before every call.
func BenchmarkTokenPerCall(b *testing.B) {
	m, base := startMockB(b)
	cfg := benchConfig(b, base)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			c, err := New(cfg)
			if err != nil {
				b.Error(err)
				return
			}
			if _, err := c.ListNumbers(context.Background(), benchQuery); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(m.Stats().TokenRequests)/float64(b.N), "tokens/op")
}

func startMockB(b *testing.B) (*mock.Server, string) {
	b.Helper()
	m := mock.New(mock.Config{})
	srv := httptest.NewServer(m)
	b.Cleanup(srv.Close)
	return m, srv.URL
}

func benchConfig(b *testing.B, base string) Config {
	b.Helper()
	u, err := ParseBaseURL(base)
	if err != nil {
		b.Fatal(err)
	}
	return Config{BaseURL: u, ClientID: mock.DefaultClientID, ClientSecret: mock.DefaultClientSecret}
}
