package colt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// tokenErrorRows is the token API's error table (colt-api-facts §1).
var tokenErrorRows = []struct {
	status       int
	code, reason string
	hintMentions string
}{
	{400, "001", "Validation not met", "client_secret"},
	{400, "002", "Validation not met", "proxy"},
	{400, "003", "Validation not met", "proxy"},
	{400, "004", "Validation not met", "proxy"},
	{400, "005", "Validation not met", "credentials"},
	{400, "006", "Validation not met", "client_credentials"},
	{401, "001", "Authentication error", "COLT_CLIENT_ID"},
	{401, "002", "Authentication error", "HTTP Basic"},
	{415, "001", "Validation not met", "x-www-form-urlencoded"},
	{500, "001", "Internal error", "x-tracking-id"},
	{500, "002", "internal error", "retried"},
	{503, "001", "service unavailable", "max_retries"},
}

// Every row becomes a typed error with Colt's fields, the tracking id, and
// advice; none of them carries the secret.
func TestEveryTokenErrorRowIsTyped(t *testing.T) {
	for _, row := range tokenErrorRows {
		t.Run(fmt.Sprintf("%d/%s", row.status, row.code), func(t *testing.T) {
			attempts := 0
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				attempts++
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(row.status)
				_, _ = fmt.Fprintf(w, `{"status":%d,"code":%q,"reason":%q,"message":"row message","details":"row details"}`,
					row.status, row.code, row.reason)
			}))
			defer srv.Close()
			cfg := testConfig(t, srv.URL)
			cfg.MaxRetries = 2

			_, err := newClient(t, cfg).Token(context.Background())
			var apiErr *APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("err = %#v, want *APIError", err)
			}
			if apiErr.StatusCode != row.status || apiErr.Code != row.code || apiErr.Reason != row.reason ||
				apiErr.Message != "row message" || apiErr.Details != "row details" {
				t.Errorf("fields = %+v", apiErr)
			}
			if apiErr.TrackingID == "" || !strings.Contains(err.Error(), apiErr.TrackingID) {
				t.Errorf("tracking id missing from %q", err)
			}
			wantAttempts := 1
			if apiErr.Retryable() {
				wantAttempts = 3
			}
			if attempts != wantAttempts || apiErr.Attempts != wantAttempts {
				t.Errorf("attempts = %d (recorded %d), want %d", attempts, apiErr.Attempts, wantAttempts)
			}
			hint := Hint(err)
			if !strings.Contains(hint, row.hintMentions) {
				t.Errorf("hint %q does not mention %q", hint, row.hintMentions)
			}
			assertNoSecrets(t, err.Error()+hint)
		})
	}
}

// The rows the mock produces from real requests, as the client meets them.
func TestErrorRowsFromTheMock(t *testing.T) {
	m, base := startMock(t, mock.Config{})

	cfg := testConfig(t, base)
	cfg.ClientSecret = "wrong-secret"
	_, err := newClient(t, cfg).Token(context.Background())
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Row() != "401/002" {
		t.Fatalf("wrong secret: err = %v, want 401/002", err)
	}
	assertNoSecrets(t, err.Error(), "wrong-secret")

	for _, fault := range []struct {
		status int
		code   string
	}{{500, "001"}, {500, "002"}, {503, "001"}} {
		m.Reset()
		m.FailNext(100, fault.status, fault.code)
		cfg := testConfig(t, base)
		cfg.MaxRetries = 1
		_, err := newClient(t, cfg).Token(context.Background())
		if !errors.As(err, &apiErr) || apiErr.StatusCode != fault.status || apiErr.Code != fault.code {
			t.Errorf("fault %d/%s: err = %v", fault.status, fault.code, err)
		}
	}
}

func TestBodiesThatAreNotColtJSON(t *testing.T) {
	cases := []struct {
		name, contentType, body string
		want                    string
	}{
		{"empty", "", "", "empty body"},
		{"html from a proxy", "text/html", "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>", "502 Bad Gateway nginx"},
		{"truncated json", "application/json", `{"status":400,"code":"00`, `{\"status\":400,\"code\":\"00`},
		{"token echoed", "text/plain", "bad token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl here", "[redacted]"},
		{"secret echoed", "text/plain", "client " + mock.DefaultClientSecret + " refused", "client [redacted] refused"},
		{"long and binary", "application/octet-stream", strings.Repeat("\x00\x01abc", 200), "abc"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				if tc.contentType != "" {
					w.Header().Set("Content-Type", tc.contentType)
				}
				w.WriteHeader(http.StatusBadRequest)
				_, _ = io.WriteString(w, tc.body)
			}))
			defer srv.Close()
			_, err := newClient(t, testConfig(t, srv.URL)).Token(context.Background())
			var apiErr *APIError
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Code != "" {
				t.Fatalf("err = %#v", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, "HTTP 400") || !strings.Contains(msg, tc.want) {
				t.Errorf("message %q lacks status or %q", msg, tc.want)
			}
			if len(apiErr.Excerpt) > 200 || strings.ContainsAny(apiErr.Excerpt, "\x00\x01\n<>") {
				t.Errorf("excerpt not sanitised: %q", apiErr.Excerpt)
			}
			assertNoSecrets(t, msg)
		})
	}
}

func TestSuccessWithoutAToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<html>login page</html>")
	}))
	defer srv.Close()
	_, err := newClient(t, testConfig(t, srv.URL)).Token(context.Background())
	var protoErr *ProtocolError
	if !errors.As(err, &protoErr) || protoErr.TrackingID == "" {
		t.Fatalf("err = %#v, want a ProtocolError with a tracking id", err)
	}
}
