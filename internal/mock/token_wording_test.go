package mock

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"
)

// sourceTokenErrors is Colt's token error table, copied word for word from
// the seed document: HTTP status, code, reason and message (the message
// column is what the gateway sends).
var sourceTokenErrors = []struct {
	status                int
	code, reason, message string
}{
	{400, "001", "Validation not met", "The request is missing authorization parameter."},
	{400, "002", "Validation not met", "The request is missing grant_type."},
	{400, "003", "Validation not met", "The request is missing content_type header"},
	{400, "004", "Validation not met", "The request is missing x-tracking-id."},
	{400, "005", "Validation not met", "Invalid input parameter"},
	{400, "006", "Validation not met", "The authorization grant type is not supported by authorization server"},
	{401, "001", "Authentication error", "The authorization parameter is missing."},
	{401, "002", "Authentication error", "The authorization parameter is not valid."},
	{415, "001", "Validation not met", "The format of the posted body is not supported by the endpoint."},
	{500, "001", "Internal error", "An unknown internal error occurred"},
	{500, "002", "internal error", "O Auth server failed."},
	{503, "001", "service unavailable", "The service is temporarily unavailable"},
}

// Every row of the table, produced by the token route in every way it can
// be, carries Colt's reason and message exactly.
func TestTokenErrorsUseSeedWording(t *testing.T) {
	form := func(v url.Values) func(*Server, *http.Request) {
		return func(_ *Server, r *http.Request) { setForm(r, v) }
	}
	header := func(name, value string) func(*Server, *http.Request) {
		return func(_ *Server, r *http.Request) {
			if value == "" {
				r.Header.Del(name)
				return
			}
			r.Header.Set(name, value)
		}
	}
	triggers := map[string][]func(*Server, *http.Request){
		"400/001": {header("Authorization", "Basic bm9jb2xvbg=="), header("Authorization", "Basic !!!")},
		"400/002": {form(url.Values{"scope": {"voice"}})},
		"400/003": {header("Content-Type", "")},
		"400/004": {header("x-tracking-id", "")},
		"400/005": {form(url.Values{"grant_type": {"client_credentials"}, "username": {"x"}}),
			form(url.Values{"grant_type": {"client_credentials"}, "client_id": {DefaultClientID}})},
		"400/006": {form(url.Values{"grant_type": {"password"}})},
		"401/001": {header("Authorization", "")},
		"401/002": {header("Authorization", "Bearer abc"), header("Authorization", basicAuth(DefaultClientID, "wrong")),
			func(s *Server, r *http.Request) {
				r.Header.Del("Authorization")
				form(url.Values{"grant_type": {"client_credentials"}, "client_id": {DefaultClientID}})(s, r)
			}},
		"415/001": {header("Content-Type", "application/json")},
		"500/001": {func(s *Server, _ *http.Request) { s.FailNext(1, 500, "001") }},
		"500/002": {func(s *Server, _ *http.Request) { s.SetFaults(Faults{TokenFailure: 1}) }},
		"503/001": {func(s *Server, _ *http.Request) { s.SetFaults(Faults{Unavailable: 1}) },
			func(s *Server, _ *http.Request) { s.FailNext(1, 503, "001") }},
	}
	s, ts := startServer(t, Config{})
	for _, row := range sourceTokenErrors {
		name := fmt.Sprintf("%d/%s", row.status, row.code)
		ways := triggers[name]
		if len(ways) == 0 {
			t.Errorf("no way to produce row %d/%s", row.status, row.code)
		}
		for i, trigger := range ways {
			t.Run(name, func(t *testing.T) {
				s.Reset()
				req := tokenRequest(t, ts.URL)
				trigger(s, req)
				res := do(t, req)
				if res.status != row.status {
					t.Fatalf("way %d: status %d, want %d: %s", i, res.status, row.status, res.body)
				}
				e := res.apiError(t)
				if e.Code != row.code || e.Reason != row.reason || e.Message != row.message {
					t.Errorf("way %d: %s/%q/%q, want Colt's %s/%q/%q", i, e.Code, e.Reason, e.Message, row.code, row.reason, row.message)
				}
			})
		}
	}
}
