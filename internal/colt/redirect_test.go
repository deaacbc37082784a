package colt

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// elsewhere is another host that counts what reaches it.
func elsewhere(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"stolen","token_type":"Bearer","expires_in":1800}`))
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func wantRedirectError(t *testing.T, err error, to *httptest.Server, op string) {
	t.Helper()
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusTemporaryRedirect {
		t.Fatalf("err = %v, want the 307 as an APIError", err)
	}
	host := strings.TrimPrefix(to.URL, "http://")
	want := op + " failed: Colt answered 307 with a redirect to " + host + "; the provider does not follow redirects to another host"
	if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "[x-tracking-id ") {
		t.Errorf("message %q lacks %q or the tracking id", err, want)
	}
}

// Assumption: Colt answers where it is asked (-redirect-to). A redirect,
// on the token call or an API call, is never followed: the other host sees
// nothing, neither credentials nor token.
func TestRedirectsAreNotFollowed(t *testing.T) {
	evil, hits := elsewhere(t)
	redirect := mock.Assumptions{OrderSearch: true, OrderReplay: true, TotalCount: true, RedirectTo: evil.URL}

	t.Run("token call", func(t *testing.T) {
		_, base := startMock(t, mock.Config{Assumptions: &redirect})
		_, err := newClient(t, testConfig(t, base)).Token(context.Background())
		wantRedirectError(t, err, evil, "token request")
	})
	t.Run("API call", func(t *testing.T) {
		m, base := startMock(t, mock.Config{})
		c := newClient(t, testConfig(t, base))
		if _, err := c.Token(context.Background()); err != nil {
			t.Fatal(err)
		}
		if err := m.SetAssumptions(redirect); err != nil {
			t.Fatal(err)
		}
		_, err := c.SearchFreeNumbers(context.Background(), gbQuery)
		wantRedirectError(t, err, evil, "search free numbers")
	})
	t.Run("literal token call", func(t *testing.T) {
		var calls atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if calls.Add(1) == 1 { // refuse the form-escaped credentials
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusUnauthorized)
				_, _ = w.Write([]byte(`{"status":401,"code":"002","reason":"Authentication error","message":"no"}`))
				return
			}
			http.Redirect(w, r, evil.URL+r.URL.Path, http.StatusTemporaryRedirect)
		}))
		defer srv.Close()
		cfg := testConfig(t, srv.URL)
		cfg.ClientSecret = awkwardSecret
		_, err := newClient(t, cfg).Token(context.Background())
		wantRedirectError(t, err, evil, "token request")
	})
	if n := hits.Load(); n != 0 {
		t.Errorf("the other host got %d requests", n)
	}
}

// A redirect to the same host is not followed either.
func TestSameHostRedirectIsNotFollowed(t *testing.T) {
	var moved atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/moved" {
			moved.Add(1)
		}
		http.Redirect(w, r, "/moved", http.StatusFound)
	}))
	defer srv.Close()
	_, err := newClient(t, testConfig(t, srv.URL)).Token(context.Background())
	var apiErr *APIError
	u, _ := url.Parse(srv.URL)
	if !errors.As(err, &apiErr) || apiErr.RedirectTo != u.Host || apiErr.RedirectElsewhere ||
		!strings.Contains(err.Error(), "does not follow redirects, so nothing was sent there") {
		t.Fatalf("err = %v", err)
	}
	if moved.Load() != 0 {
		t.Error("the redirect was followed")
	}
}
