package mock

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is an injectable, concurrency-safe clock.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func startServer(t *testing.T, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	s := New(cfg)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

func basicAuth(id, secret string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(id+":"+secret))
}

// tokenRequest builds a well-formed token request that individual tests
// then break in one way.
func tokenRequest(t *testing.T, baseURL string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, baseURL+tokenPath,
		strings.NewReader(url.Values{"grant_type": {"client_credentials"}}.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", formMediaType)
	req.Header.Set("x-tracking-id", "test-tracking-id")
	req.Header.Set("Authorization", basicAuth(DefaultClientID, DefaultClientSecret))
	return req
}

type result struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, req *http.Request) result {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return result{status: resp.StatusCode, header: resp.Header, body: body}
}

func (r result) apiError(t *testing.T) apiError {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var e apiError
	if err := json.Unmarshal(r.body, &e); err != nil {
		t.Fatalf("error body %q: %v", r.body, err)
	}
	if e.Status != r.status {
		t.Errorf("body status %d, HTTP status %d", e.Status, r.status)
	}
	return e
}

func fetchToken(t *testing.T, baseURL string) tokenResponse {
	t.Helper()
	res := do(t, tokenRequest(t, baseURL))
	if res.status != http.StatusOK {
		t.Fatalf("token status %d: %s", res.status, res.body)
	}
	var tok tokenResponse
	if err := json.Unmarshal(res.body, &tok); err != nil {
		t.Fatal(err)
	}
	return tok
}

func freeNumberRequest(t *testing.T, baseURL, query, token string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, baseURL+freeNumberPath+"?"+query, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("x-tracking-id", "test-tracking-id")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return req
}

func setForm(r *http.Request, v url.Values) {
	body := v.Encode()
	r.Body = io.NopCloser(strings.NewReader(body))
	r.ContentLength = int64(len(body))
}

// syncLines collects Logf output from concurrent handlers.
type syncLines struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (l *syncLines) Logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(&l.buf, format+"\n", args...)
}

func (l *syncLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}
