package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// The test client's secret holds every character form-escaping changes, so
// that the probe can tell form-escaped from literal Basic credentials.
const (
	testClientID = "colt-probe-test"
	testSecret   = "pr0be+s/cr=t:%x y"
)

// startMock serves colt-mock with the test client, as modelled (a nil
// assumptions) or switched.
func startMock(t *testing.T, assume *mock.Assumptions) (*mock.Server, *httptest.Server) {
	t.Helper()
	srv := mock.New(mock.Config{
		Clients:     map[string]string{testClientID: testSecret},
		Assumptions: assume,
		OrderDelay:  time.Hour, // orders the tests place stay as placed
	})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts
}

// probeMock runs the probe against the mock at baseURL.
func probeMock(t *testing.T, baseURL string) *Report {
	t.Helper()
	base, err := colt.ParseBaseURL(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newProbe(base, testClientID, colt.Secret(testSecret), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return p.Run(context.Background())
}

// mockCall is a test's own request to the mock, with a token fetched the
// way the client does.
func mockCall(t *testing.T, baseURL, method, path string, body any) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		encoded, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(encoded)
	}
	req, err := http.NewRequest(method, baseURL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("x-tracking-id", "probe-test")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+mockToken(t, baseURL))
	return doJSON(t, req)
}

func mockToken(t *testing.T, baseURL string) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, baseURL+colt.TokenPath, strings.NewReader("grant_type=client_credentials"))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("x-tracking-id", "probe-test")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", basicHeader(url.QueryEscape(testClientID), url.QueryEscape(testSecret)))
	status, body := doJSON(t, req)
	token, _ := body["access_token"].(string)
	if status != http.StatusOK || token == "" {
		t.Fatalf("test token: HTTP %d %v", status, body)
	}
	return token
}

func doJSON(t *testing.T, req *http.Request) (int, map[string]any) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

// placeOrder reserves one GB number through the mock's API, as a test (not
// the probe) may.
func placeOrder(t *testing.T, baseURL string) {
	t.Helper()
	status, body := mockCall(t, baseURL, http.MethodPost, "/numberManagement/v1/reservation/order",
		map[string]any{"customerReference": "probe-test-order", "countryCode": "GB", "quantity": 1})
	if status != http.StatusCreated {
		t.Fatalf("placing the test's order: HTTP %d %v", status, body)
	}
}

// ordersPlaced counts the order POSTs the mock has seen.
func ordersPlaced(srv *mock.Server) int64 {
	var n int64
	for route, count := range srv.Stats().APIRequests {
		if strings.HasPrefix(route, http.MethodPost+" ") && strings.HasSuffix(route, "/order") {
			n += count
		}
	}
	return n
}
