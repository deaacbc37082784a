package colt

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// fakeClock is shared by a client and the mock, so expiry is tested
// without waiting.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func startMock(t *testing.T, cfg mock.Config) (*mock.Server, string) {
	t.Helper()
	m := mock.New(cfg)
	srv := httptest.NewServer(m)
	t.Cleanup(srv.Close)
	return m, srv.URL
}

// testConfig is a client config for baseURL with short backoff waits.
func testConfig(t *testing.T, baseURL string) Config {
	t.Helper()
	u, err := ParseBaseURL(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	return Config{
		BaseURL:        u,
		ClientID:       mock.DefaultClientID,
		ClientSecret:   mock.DefaultClientSecret,
		RequestTimeout: 10 * time.Second,
		MaxRetries:     DefaultMaxRetries,
		RetryWaitMin:   time.Millisecond,
		RetryWaitMax:   5 * time.Millisecond,
	}
}

func newClient(t *testing.T, cfg Config) *Client {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var gbQuery = FreeNumberQuery{CountryCode: "GB", AreaCode: "20", Quantity: 3}

// assertNoSecrets fails when text holds the client secret or a JWT.
func assertNoSecrets(t *testing.T, text string, secrets ...string) {
	t.Helper()
	for _, s := range append(secrets, mock.DefaultClientSecret) {
		if s != "" && strings.Contains(text, s) {
			t.Errorf("secret leaked into %q", text)
		}
	}
	if jwtLike.MatchString(text) {
		t.Errorf("token leaked into %q", text)
	}
	if strings.Contains(text, url.QueryEscape(mock.DefaultClientSecret)) {
		t.Errorf("escaped secret leaked into %q", text)
	}
}
