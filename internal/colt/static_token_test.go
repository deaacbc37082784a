package colt

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

func signedToken(t *testing.T, exp time.Time) string {
	t.Helper()
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(exp)}).
		SignedString([]byte("some key the provider never sees"))
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func staticConfig(t *testing.T, base, token string, clock *fakeClock) Config {
	cfg := testConfig(t, base)
	cfg.ClientID, cfg.ClientSecret = "", ""
	cfg.AccessToken = Secret(token)
	cfg.Now = clock.Now
	return cfg
}

func TestReadyTokenIsUsedUntilItExpires(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	issued, err := newClient(t, testConfig(t, base)).Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{now: time.Now()}
	c := newClient(t, staticConfig(t, base, issued.AccessToken.Reveal(), clock))
	if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err != nil {
		t.Fatal(err)
	}
	if m.Stats().TokenRequests != 1 {
		t.Errorf("a client with a ready token requested one")
	}

	clock.Advance(31 * time.Minute)
	_, err = c.SearchFreeNumbers(context.Background(), gbQuery)
	var expired *TokenExpiredError
	if !errors.As(err, &expired) || expired.Rejected {
		t.Fatalf("err = %v, want an expiry found from the exp claim", err)
	}
	if !strings.Contains(err.Error(), "cannot be refreshed without client credentials") ||
		!strings.Contains(err.Error(), "client_id") {
		t.Errorf("message %q does not explain the fix", err)
	}
	assertNoSecrets(t, err.Error(), issued.AccessToken.Reveal())
}

func TestRejectedReadyTokenIsNotRefreshed(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if r.URL.Path == TokenPath {
			t.Error("a client with a ready token requested one")
		}
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"status":401,"code":"002","reason":"Authentication error","message":"invalid or expired access token"}`)
	}))
	defer srv.Close()
	clock := &fakeClock{now: time.Now()}
	token := signedToken(t, time.Now().Add(time.Hour))
	_, err := newClient(t, staticConfig(t, srv.URL, token, clock)).SearchFreeNumbers(context.Background(), gbQuery)
	var expired *TokenExpiredError
	if !errors.As(err, &expired) || !expired.Rejected || expired.TrackingID == "" {
		t.Fatalf("err = %#v, want a rejected-token error with a tracking id", err)
	}
	if calls != 1 {
		t.Errorf("%d calls, want 1", calls)
	}
	assertNoSecrets(t, err.Error(), token)
}

func TestOpaqueReadyTokenHasNoKnownExpiry(t *testing.T) {
	clock := newFakeClock()
	tok, err := newClient(t, staticConfig(t, "https://apis.colt.net", "not-a-jwt", clock)).Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !tok.ExpiresAt.IsZero() {
		t.Errorf("expiry %v invented for an opaque token", tok.ExpiresAt)
	}
}

func TestNoCredentialsIsReportedAtFirstUse(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	cfg := testConfig(t, base)
	cfg.ClientID, cfg.ClientSecret = "", ""
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New must accept missing credentials (plans that call nothing need none): %v", err)
	}
	_, err = c.SearchFreeNumbers(context.Background(), gbQuery)
	if !errors.Is(err, ErrNoCredentials) {
		t.Fatalf("err = %v", err)
	}
	for _, name := range []string{"client_id", "client_secret", "COLT_CLIENT_ID", "COLT_CLIENT_SECRET", "access_token"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("message does not name %s: %q", name, err)
		}
	}
	if m.Stats().TokenRequests+m.Stats().APIRequests["GET /numberManagement/v1/freeNumber"] != 0 {
		t.Error("requests sent without credentials")
	}
}
