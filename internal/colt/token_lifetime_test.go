package colt

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// tokenServer answers every token request with a new token tok-N and the
// given body fields after access_token, and every other request with an
// empty free-number list. It counts token requests.
func tokenServer(t *testing.T, contentType, fields string) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var tokens atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != TokenPath {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"freeNumbers":[],"totalCount":0}`)
			return
		}
		n := tokens.Add(1)
		w.Header().Set("Content-Type", contentType)
		if contentType == "application/json" {
			_, _ = fmt.Fprintf(w, `{"access_token":"tok-%d"%s}`, n, fields)
			return
		}
		_, _ = fmt.Fprintf(w, "access_token=tok-%d%s", n, fields)
	}))
	t.Cleanup(srv.Close)
	return srv, &tokens
}

func clockedClient(t *testing.T, baseURL string) (*Client, *fakeClock) {
	t.Helper()
	clock := newFakeClock()
	cfg := testConfig(t, baseURL)
	cfg.Now = clock.Now
	return newClient(t, cfg), clock
}

// The refresh margin is a quarter of the issued lifetime, at most 60 s:
// a token is reused until exactly lifetime - margin, then replaced.
func TestRefreshMarginScalesWithLifetime(t *testing.T) {
	cases := []struct{ lifetime, margin time.Duration }{
		{1 * time.Second, 250 * time.Millisecond},
		{5 * time.Second, 1250 * time.Millisecond},
		{20 * time.Second, 5 * time.Second},
		{4 * time.Minute, 60 * time.Second},
		{30 * time.Minute, 60 * time.Second},
		{24 * time.Hour, 60 * time.Second},
	}
	for _, tc := range cases {
		t.Run(tc.lifetime.String(), func(t *testing.T) {
			srv, tokens := tokenServer(t, "application/json", fmt.Sprintf(`,"expires_in":%d`, int(tc.lifetime.Seconds())))
			c, clock := clockedClient(t, srv.URL)
			ctx := context.Background()
			first, err := c.Token(ctx)
			if err != nil {
				t.Fatal(err)
			}
			clock.Advance(tc.lifetime - rounding(tc.lifetime) - tc.margin - time.Millisecond)
			if tok, err := c.Token(ctx); err != nil || tok != first {
				t.Fatalf("replaced %v before expiry, want reuse until %v before (err %v)", tc.margin+time.Millisecond, tc.margin, err)
			}
			clock.Advance(time.Millisecond)
			tok, err := c.Token(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if tok == first || tokens.Load() != 2 {
				t.Fatalf("still the first token %v before expiry (%d token requests), want a new one", tc.margin, tokens.Load())
			}
		})
	}
}

// rounding is what the client takes off a lifetime for an expiry rounded
// down to whole seconds.
func rounding(lifetime time.Duration) time.Duration { return min(time.Second, lifetime/4) }

// Issue 9: with a 5 s lifetime every call fetched a token. Against the
// mock (which checks exp on its side of the same clock), API calls in the
// token's first 2.75 s (5 s, less 1 s of rounding and the 1.25 s margin)
// share it; the next call gets a new one, which Colt accepts.
func TestFiveSecondTokenServesCallsForTwoAndThreeQuarterSeconds(t *testing.T) {
	clock := newFakeClock()
	m, base := startMock(t, mock.Config{Now: clock.Now, TokenLifetime: 5 * time.Second})
	cfg := testConfig(t, base)
	cfg.Now = clock.Now
	c := newClient(t, cfg)
	ctx := context.Background()
	call := func(at string, wantTokens int64) {
		t.Helper()
		if _, err := c.SearchFreeNumbers(ctx, gbQuery); err != nil {
			t.Fatalf("call at %s: %v", at, err)
		}
		if got := m.Stats().TokenRequests; got != wantTokens {
			t.Fatalf("call at %s into a 5 s token: %d token requests, want %d", at, got, wantTokens)
		}
	}
	for step := range 11 { // 0 .. 2.5 s
		call(fmt.Sprint(time.Duration(step)*250*time.Millisecond), 1)
		clock.Advance(250 * time.Millisecond)
	}
	clock.Advance(-time.Millisecond)
	call("2.749s", 1)
	clock.Advance(time.Millisecond)
	call("2.75s", 2) // inside the 1.25 s margin
	clock.Advance(2749 * time.Millisecond)
	call("2.749s into the second token", 2)
	if got := m.Stats().APIRequests["GET /numberManagement/v1/freeNumber"]; got != 14 {
		t.Errorf("%d API requests, want 14 (none rejected)", got)
	}
}

// A caller that holds the token (colt_access_token asks for 10 minutes)
// gets at most half the lifetime: a fresh short-lived token satisfies it,
// so repeated calls do not fetch a token each.
func TestTokenValidForIsCappedAtHalfTheLifetime(t *testing.T) {
	srv, tokens := tokenServer(t, "application/json", `,"expires_in":20`)
	c, clock := clockedClient(t, srv.URL)
	ctx := context.Background()
	first, err := c.TokenValidFor(ctx, 10*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(9*time.Second - time.Millisecond) // 20 s less a second of rounding, less 10 s
	if tok, _ := c.TokenValidFor(ctx, 10*time.Minute); tok != first || tokens.Load() != 1 {
		t.Fatalf("a 20 s token with more than 10 s left was replaced for a holder (%d token requests)", tokens.Load())
	}
	clock.Advance(time.Millisecond)
	if tok, _ := c.TokenValidFor(ctx, 10*time.Minute); tok == first || tokens.Load() != 2 {
		t.Fatalf("a 20 s token with 10 s left was handed to a holder (%d token requests)", tokens.Load())
	}
	// A call that uses it at once still takes it until the 5 s margin.
	clock.Advance(14*time.Second - time.Millisecond)
	if _, err := c.Token(ctx); err != nil || tokens.Load() != 2 {
		t.Fatalf("err %v, %d token requests: want the second token reused", err, tokens.Load())
	}
}

// expires_in must be a whole number of seconds from 1 to a day; anything
// else is an error naming the field and quoting the value, never a token.
func TestExpiresInOutsideItsRangeIsAnError(t *testing.T) {
	cases := []struct{ contentType, fields, quoted string }{
		{"application/json", `,"expires_in":0`, `"0"`},
		{"application/json", `,"expires_in":-5`, `"-5"`},
		{"application/json", `,"expires_in":86401`, `"86401"`},
		{"application/json", `,"expires_in":1e30`, `"1e30"`},
		{"application/json", `,"expires_in":9223372036854775808`, `"9223372036854775808"`},
		{"application/json", `,"expires_in":5.5`, `"5.5"`},
		{"application/json", `,"expires_in":"soon"`, `"soon"`},
		{"application/json", `,"expires_in":"tok-1"`, `"[redacted]"`}, // the value is the token itself
		{"application/json", `,"expires_in":true`, `"true"`},
		{"application/json", `,"expires_in":{"s":5}`, `"{\"s\":5}"`},
		{"application/json", `,"expires_in":"twelve-chars"`, `(12 characters, not shown in case they are a credential)`},
		{"application/x-www-form-urlencoded", `&expires_in=0`, `"0"`},
		{"text/plain", `&expires_in=`, `""`},
	}
	for _, tc := range cases {
		t.Run(tc.contentType+tc.fields, func(t *testing.T) {
			srv, _ := tokenServer(t, tc.contentType, tc.fields)
			tok, err := newClient(t, testConfig(t, srv.URL)).Token(context.Background())
			if err == nil {
				t.Fatalf("accepted, expires at %v", tok.ExpiresAt)
			}
			want := "expires_in " + tc.quoted + " is not a token lifetime"
			if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "86400") {
				t.Errorf("err = %q, want it to contain %q and the limit", err, want)
			}
			if strings.Contains(err.Error(), "tok-1") {
				t.Errorf("the token leaked into %q", err)
			}
		})
	}
}

func TestExpiresInAcceptedForms(t *testing.T) {
	cases := []struct {
		contentType, fields string
		want                time.Duration
	}{
		{"application/json", `,"expires_in":1800`, 30 * time.Minute},
		{"application/json", `,"expires_in":"1800"`, 30 * time.Minute},
		{"application/json", `,"expires_in":1`, time.Second},
		{"application/json", `,"expires_in":86400`, 24 * time.Hour},
		{"application/json", `,"expires_in":null`, DefaultTokenLifetime},
		{"application/json", ``, DefaultTokenLifetime},
		{"application/x-www-form-urlencoded", `&token_type=Bearer&expires_in=600`, 10 * time.Minute},
		{"text/plain", ``, DefaultTokenLifetime},
	}
	for _, tc := range cases {
		t.Run(tc.contentType+tc.fields, func(t *testing.T) {
			srv, _ := tokenServer(t, tc.contentType, tc.fields)
			c, clock := clockedClient(t, srv.URL)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got := tok.ExpiresAt.Sub(clock.Now()); got != tc.want-rounding(tc.want) || tok.AccessToken.Reveal() != "tok-1" || tok.TokenType != "Bearer" {
				t.Errorf("lifetime %v, token %q type %q; want %v, tok-1, Bearer", got, tok.AccessToken.Reveal(), tok.TokenType, tc.want)
			}
		})
	}
}
