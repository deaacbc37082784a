package colt

import (
	"context"
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

func TestTokenRequestShape(t *testing.T) {
	var mu sync.Mutex
	var seen []*http.Request
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		seen = append(seen, r.Clone(context.Background()))
		bodies = append(bodies, string(body))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == TokenPath {
			_, _ = io.WriteString(w, `{"access_token":"tok-1","token_type":"Bearer","expires_in":1800}`)
			return
		}
		_, _ = io.WriteString(w, `{"freeNumbers":[],"totalCount":0}`)
	}))
	defer srv.Close()

	c := newClient(t, testConfig(t, srv.URL))
	if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 2 {
		t.Fatalf("want a token request and an API request, got %d requests", len(seen))
	}

	tokenReq, apiReq := seen[0], seen[1]
	if tokenReq.Method != http.MethodPost || tokenReq.URL.Path != "/authentication/v1/oauth/token" {
		t.Errorf("token request: %s %s", tokenReq.Method, tokenReq.URL.Path)
	}
	wantAuth := "Basic " + base64.StdEncoding.EncodeToString([]byte(mock.DefaultClientID+":"+mock.DefaultClientSecret))
	if got := tokenReq.Header.Get("Authorization"); got != wantAuth {
		t.Errorf("Authorization = %q, want HTTP Basic of id:secret", got)
	}
	if got := tokenReq.Header.Get("Content-Type"); got != "application/x-www-form-urlencoded" {
		t.Errorf("Content-Type = %q", got)
	}
	if bodies[0] != "grant_type=client_credentials" {
		t.Errorf("body = %q, want exactly grant_type=client_credentials", bodies[0])
	}

	ids := map[string]bool{}
	for _, r := range seen {
		id, err := uuid.Parse(r.Header.Get("x-tracking-id"))
		if err != nil || id.Version() != 4 {
			t.Errorf("%s: x-tracking-id %q is not a UUID v4", r.URL.Path, r.Header.Get("x-tracking-id"))
		}
		ids[id.String()] = true
	}
	if len(ids) != len(seen) {
		t.Errorf("tracking ids are reused: %v", ids)
	}
	if got := apiReq.Header.Get("Authorization"); got != "Bearer tok-1" {
		t.Errorf("API Authorization = %q, want the bearer token", got)
	}
	if got := apiReq.URL.Query().Get("countryCode"); got != "GB" {
		t.Errorf("countryCode = %q", got)
	}
}

func TestTokenIsFetchedLazily(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	c := newClient(t, testConfig(t, base))
	if n := m.Stats().TokenRequests; n != 0 {
		t.Fatalf("New made %d token requests, want 0", n)
	}
	tok, err := c.Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if tok.TokenType != "Bearer" || tok.AccessToken == "" || tok.TrackingID == "" {
		t.Errorf("token = %+v / type %q, tracking %q", tok, tok.TokenType, tok.TrackingID)
	}
	if n := m.Stats().TokenRequests; n != 1 {
		t.Errorf("token requests = %d, want 1", n)
	}
}

func TestTokenRefreshedBeforeExpiry(t *testing.T) {
	clock := newFakeClock()
	m, base := startMock(t, mock.Config{Now: clock.Now})
	cfg := testConfig(t, base)
	cfg.Now = clock.Now
	c := newClient(t, cfg)
	ctx := context.Background()

	first, err := c.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := clock.Now().Add(30*time.Minute - time.Second); !first.ExpiresAt.Equal(want) {
		t.Errorf("expires at %v, want %v (expires_in 1800 s, less a second of rounding)", first.ExpiresAt, want)
	}

	// A 30-minute token is replaced 60 s before expiry (RefreshMargin
	// is not used here: a wrong margin must fail this test).
	clock.Advance(29*time.Minute - 2*time.Second)
	same, err := c.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if same != first || m.Stats().TokenRequests != 1 {
		t.Fatal("30-minute token replaced 61 s before expiry, want 60 s")
	}

	clock.Advance(time.Second) // now inside the margin, token still valid at Colt
	fresh, err := c.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fresh == first || m.Stats().TokenRequests != 2 {
		t.Fatalf("token not refreshed 60 s before expiry (token requests %d)", m.Stats().TokenRequests)
	}
	if _, err := c.SearchFreeNumbers(ctx, gbQuery); err != nil {
		t.Fatalf("refreshed token rejected: %v", err)
	}
}

func TestMissingExpiresInMeans1800Seconds(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"access_token":"tok","token_type":"Bearer"}`)
	}))
	defer srv.Close()
	clock := newFakeClock()
	cfg := testConfig(t, srv.URL)
	cfg.Now = clock.Now
	tok, err := newClient(t, cfg).Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := tok.ExpiresAt.Sub(clock.Now()); got != DefaultTokenLifetime-time.Second {
		t.Errorf("lifetime = %v, want %v", got, DefaultTokenLifetime)
	}
}

func TestUnauthorizedCallRefreshesTokenAndRetriesOnce(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	c := newClient(t, testConfig(t, base))
	ctx := context.Background()
	if _, err := c.SearchFreeNumbers(ctx, gbQuery); err != nil {
		t.Fatal(err)
	}
	m.RevokeTokens()
	if _, err := c.SearchFreeNumbers(ctx, gbQuery); err != nil {
		t.Fatalf("call after revocation: %v", err)
	}
	stats := m.Stats()
	if stats.TokenRequests != 2 {
		t.Errorf("token requests = %d, want 2 (one refresh after the 401)", stats.TokenRequests)
	}
	if got := stats.APIRequests["GET /numberManagement/v1/freeNumber"]; got != 3 {
		t.Errorf("API requests = %d, want 3 (ok, 401, retried ok)", got)
	}
}

func TestUnauthorizedTwiceIsAnError(t *testing.T) {
	var tokens, calls int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == TokenPath {
			tokens++
			_, _ = io.WriteString(w, `{"access_token":"tok","token_type":"Bearer","expires_in":1800}`)
			return
		}
		calls++
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"status":401,"code":"002","reason":"Authentication error","message":"invalid or expired access token"}`)
	}))
	defer srv.Close()

	_, err := newClient(t, testConfig(t, srv.URL)).SearchFreeNumbers(context.Background(), gbQuery)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 401 {
		t.Fatalf("err = %v, want a 401 APIError", err)
	}
	if tokens != 2 || calls != 2 {
		t.Errorf("tokens %d, calls %d: want exactly one refresh and one retry", tokens, calls)
	}
	if !strings.Contains(Hint(err), "entitled") {
		t.Errorf("hint %q does not explain a persistent 401", Hint(err))
	}
}

func TestTokenValidForReplacesAShortLivedToken(t *testing.T) {
	clock := newFakeClock()
	m, base := startMock(t, mock.Config{Now: clock.Now})
	cfg := testConfig(t, base)
	cfg.Now = clock.Now
	c := newClient(t, cfg)
	ctx := context.Background()
	first, err := c.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(15 * time.Minute)
	if tok, _ := c.TokenValidFor(ctx, 10*time.Minute); tok != first {
		t.Error("a token with 15 minutes left was replaced for a 10-minute need")
	}
	clock.Advance(10 * time.Minute)
	tok, err := c.TokenValidFor(ctx, 10*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if tok == first || !tok.ExpiresAt.After(clock.Now().Add(29*time.Minute)) {
		t.Error("a token with 5 minutes left was handed out for a 10-minute need")
	}
	if got := m.Stats().TokenRequests; got != 2 {
		t.Errorf("token requests = %d, want 2", got)
	}
}
