package mock

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func TestTokenErrorRows(t *testing.T) {
	form := func(v url.Values) func(*http.Request) {
		return func(r *http.Request) { setForm(r, v) }
	}
	cases := []struct {
		name   string
		setup  func(*Server)
		modify func(*http.Request)
		status int
		code   string
		reason string
	}{
		{
			name: "400/001 basic credential without colon",
			modify: func(r *http.Request) {
				r.Header.Set("Authorization", "Basic bm9jb2xvbg==") // "nocolon"
			},
			status: 400, code: "001", reason: "Validation not met",
		},
		{
			name:   "400/001 basic without credential",
			modify: func(r *http.Request) { r.Header.Set("Authorization", "Basic") },
			status: 400, code: "001", reason: "Validation not met",
		},
		{
			name:   "400/001 basic credential not base64",
			modify: func(r *http.Request) { r.Header.Set("Authorization", "Basic !!!") },
			status: 400, code: "001", reason: "Validation not met",
		},
		{
			name:   "400/001 empty client id",
			modify: func(r *http.Request) { r.Header.Set("Authorization", basicAuth("", DefaultClientSecret)) },
			status: 400, code: "001", reason: "Validation not met",
		},
		{
			name:   "400/002 grant_type missing",
			modify: form(url.Values{"scope": {"voice"}}),
			status: 400, code: "002", reason: "Validation not met",
		},
		{
			name:   "400/003 content-type missing",
			modify: func(r *http.Request) { r.Header.Del("Content-Type") },
			status: 400, code: "003", reason: "Validation not met",
		},
		{
			name:   "400/004 x-tracking-id missing",
			modify: func(r *http.Request) { r.Header.Del("x-tracking-id") },
			status: 400, code: "004", reason: "Validation not met",
		},
		{
			name:   "400/004 x-tracking-id blank",
			modify: func(r *http.Request) { r.Header.Set("x-tracking-id", "  ") },
			status: 400, code: "004", reason: "Validation not met",
		},
		{
			name: "400/005 credentials in body and header",
			modify: form(url.Values{"grant_type": {"client_credentials"},
				"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}}),
			status: 400, code: "005", reason: "Validation not met",
		},
		{
			name:   "400/005 unsupported parameter",
			modify: form(url.Values{"grant_type": {"client_credentials"}, "username": {"x"}}),
			status: 400, code: "005", reason: "Validation not met",
		},
		{
			name:   "400/005 repeated parameter",
			modify: form(url.Values{"grant_type": {"client_credentials", "client_credentials"}}),
			status: 400, code: "005", reason: "Validation not met",
		},
		{
			name:   "400/006 grant type not supported",
			modify: form(url.Values{"grant_type": {"password"}}),
			status: 400, code: "006", reason: "Validation not met",
		},
		{
			name:   "401/001 no client authentication",
			modify: func(r *http.Request) { r.Header.Del("Authorization") },
			status: 401, code: "001", reason: "Authentication error",
		},
		{
			name: "401/002 credentials in body only",
			modify: func(r *http.Request) {
				r.Header.Del("Authorization")
				form(url.Values{"grant_type": {"client_credentials"},
					"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}})(r)
			},
			status: 401, code: "002", reason: "Authentication error",
		},
		{
			name:   "401/002 bearer scheme",
			modify: func(r *http.Request) { r.Header.Set("Authorization", "Bearer abc") },
			status: 401, code: "002", reason: "Authentication error",
		},
		{
			name: "401/002 wrong secret",
			modify: func(r *http.Request) {
				r.Header.Set("Authorization", basicAuth(DefaultClientID, DefaultClientSecret+"x"))
			},
			status: 401, code: "002", reason: "Authentication error",
		},
		{
			name: "401/002 unknown client",
			modify: func(r *http.Request) {
				r.Header.Set("Authorization", basicAuth("someone-else", DefaultClientSecret))
			},
			status: 401, code: "002", reason: "Authentication error",
		},
		{
			name:   "415/001 json body",
			modify: func(r *http.Request) { r.Header.Set("Content-Type", "application/json") },
			status: 415, code: "001", reason: "Validation not met",
		},
		{
			name:   "500/001 injected",
			setup:  func(s *Server) { s.FailNext(1, 500, "001") },
			status: 500, code: "001", reason: "Internal error",
		},
		{
			name:   "500/002 token generation failure",
			setup:  func(s *Server) { s.SetFaults(Faults{TokenFailure: 1}) },
			status: 500, code: "002", reason: "internal error",
		},
		{
			name:   "503/001 unavailable",
			setup:  func(s *Server) { s.SetFaults(Faults{Unavailable: 1}) },
			status: 503, code: "001", reason: "service unavailable",
		},
		{
			// Faults answer before any validation.
			name:   "503/001 beats missing tracking id",
			setup:  func(s *Server) { s.FailNext(1, 503, "001") },
			modify: func(r *http.Request) { r.Header.Del("x-tracking-id") },
			status: 503, code: "001", reason: "service unavailable",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, ts := startServer(t, Config{})
			if tc.setup != nil {
				tc.setup(s)
			}
			req := tokenRequest(t, ts.URL)
			if tc.modify != nil {
				tc.modify(req)
			}
			res := do(t, req)
			if res.status != tc.status {
				t.Fatalf("status %d, want %d: %s", res.status, tc.status, res.body)
			}
			e := res.apiError(t)
			if e.Code != tc.code || e.Reason != tc.reason {
				t.Errorf("code/reason = %q/%q, want %q/%q", e.Code, e.Reason, tc.code, tc.reason)
			}
			if e.Message == "" {
				t.Error("empty message")
			}
			if tc.status == http.StatusServiceUnavailable && res.header.Get("Retry-After") != "1" {
				t.Errorf("Retry-After = %q, want 1", res.header.Get("Retry-After"))
			}
			if id := req.Header.Get("x-tracking-id"); strings.TrimSpace(id) != "" && res.header.Get("x-tracking-id") != id {
				t.Errorf("x-tracking-id echoed as %q, want %q", res.header.Get("x-tracking-id"), id)
			}
			var dump bytes.Buffer
			_ = res.header.Write(&dump)
			dump.Write(res.body)
			if bytes.Contains(dump.Bytes(), []byte(DefaultClientSecret)) {
				t.Errorf("response contains the client secret: %s", dump.Bytes())
			}
			if got := s.Stats().TokenRequests; got != 1 {
				t.Errorf("TokenRequests = %d, want 1", got)
			}
		})
	}
}

func TestTokenErrorDetailsNameParameterNotValue(t *testing.T) {
	_, ts := startServer(t, Config{})
	req := tokenRequest(t, ts.URL)
	setForm(req, url.Values{"grant_type": {"client_credentials"}, "password": {"hunter2"}})
	e := do(t, req).apiError(t)
	if !strings.Contains(e.Details, "password") || strings.Contains(e.Details, "hunter2") {
		t.Errorf("details %q should name the parameter, not its value", e.Details)
	}
}

func TestTokenSuccess(t *testing.T) {
	clock := newFakeClock()
	s, ts := startServer(t, Config{Now: clock.Now})
	res := do(t, tokenRequest(t, ts.URL))
	if res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	if ct := res.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q", ct)
	}
	if res.header.Get("x-tracking-id") != "test-tracking-id" {
		t.Errorf("x-tracking-id not echoed: %v", res.header)
	}
	var raw map[string]any
	if err := json.Unmarshal(res.body, &raw); err != nil {
		t.Fatal(err)
	}
	if raw["token_type"] != "Bearer" || raw["expires_in"] != float64(1800) {
		t.Errorf("unexpected body %s", res.body)
	}
	accessToken, _ := raw["access_token"].(string)

	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(accessToken, claims,
		func(*jwt.Token) (any, error) { return s.signingKey(), nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithTimeFunc(clock.Now))
	if err != nil {
		t.Fatalf("token does not verify: %v", err)
	}
	if claims.Issuer != "colt-mock" || claims.Subject != DefaultClientID || claims.ID == "" {
		t.Errorf("claims iss/sub/jti = %q/%q/%q", claims.Issuer, claims.Subject, claims.ID)
	}
	if claims.IssuedAt == nil || claims.ExpiresAt == nil {
		t.Fatal("iat or exp missing")
	}
	if !claims.IssuedAt.Equal(clock.Now()) {
		t.Errorf("iat %v, want the injected clock %v", claims.IssuedAt, clock.Now())
	}
	if d := claims.ExpiresAt.Sub(claims.IssuedAt.Time); d != 1800*time.Second {
		t.Errorf("exp-iat = %v, want 30m", d)
	}
	if st := s.Stats(); st.TokenRequests != 1 || st.TokensIssued != 1 {
		t.Errorf("stats %+v", st)
	}

	if second := fetchToken(t, ts.URL); second.AccessToken == accessToken {
		t.Error("two tokens share a jti")
	}
}

func TestTokenLifetimeConfigurable(t *testing.T) {
	_, ts := startServer(t, Config{TokenLifetime: 90 * time.Second})
	tok := fetchToken(t, ts.URL)
	if tok.ExpiresIn != 90 {
		t.Errorf("expires_in = %d, want 90", tok.ExpiresIn)
	}
	claims := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(tok.AccessToken, claims); err != nil {
		t.Fatal(err)
	}
	if d := claims.ExpiresAt.Sub(claims.IssuedAt.Time); d != 90*time.Second {
		t.Errorf("exp-iat = %v, want 90s", d)
	}
}

// golang.org/x/oauth2 query-escapes the id and secret before Basic encoding.
func TestTokenUnescapesBasicCredentials(t *testing.T) {
	id, secret := "client with/odd:chars", "s3cr+t%&="
	_, ts := startServer(t, Config{Clients: map[string]string{id: secret}})
	req := tokenRequest(t, ts.URL)
	req.Header.Set("Authorization", basicAuth(url.QueryEscape(id), url.QueryEscape(secret)))
	if res := do(t, req); res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	// The demo client is not configured when Clients is set.
	if res := do(t, tokenRequest(t, ts.URL)); res.status != http.StatusUnauthorized {
		t.Errorf("default client accepted alongside custom clients: %d", res.status)
	}
}

func TestTokenAcceptsCharsetAndSchemeCase(t *testing.T) {
	_, ts := startServer(t, Config{})
	req := tokenRequest(t, ts.URL)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "Basic", "basic", 1))
	if res := do(t, req); res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
}

func TestTokenMethodNotAllowed(t *testing.T) {
	_, ts := startServer(t, Config{})
	req, _ := http.NewRequest(http.MethodGet, ts.URL+tokenPath, nil)
	res := do(t, req)
	if res.status != http.StatusMethodNotAllowed {
		t.Fatalf("status %d", res.status)
	}
	if e := res.apiError(t); e.Code != "001" || e.Reason != "Method not allowed" {
		t.Errorf("error %+v", e)
	}
}

func TestLogfNeverLogsCredentials(t *testing.T) {
	var lines syncLines
	_, ts := startServer(t, Config{Logf: lines.Logf})
	tok := fetchToken(t, ts.URL)
	do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", tok.AccessToken))
	got := lines.String()
	if strings.Count(got, "\n") != 2 {
		t.Errorf("want one line per request, got:\n%s", got)
	}
	for _, forbidden := range []string{DefaultClientSecret, tok.AccessToken, "Basic", "Bearer"} {
		if strings.Contains(got, forbidden) {
			t.Errorf("log contains %q:\n%s", forbidden, got)
		}
	}
	for _, want := range []string{"POST " + tokenPath + " 200", "GET " + freeNumberPath + " 200", "test-tracking-id"} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
}
