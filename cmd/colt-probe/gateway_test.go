package main

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// proxyToMock forwards to colt-mock as modelled, for a gateway in front
// of it.
func proxyToMock(t *testing.T) *httputil.ReverseProxy {
	t.Helper()
	_, ts := startMock(t, nil)
	target, err := url.Parse(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	return httputil.NewSingleHostReverseProxy(target)
}

// A gateway in front of the mock that differs from colt.yaml in ways no
// switch covers: an HTML page for a wrong secret, another code for a
// missing x-tracking-id, no x-tracking-id echo.
func TestProbeReportsAGatewayThatDiffers(t *testing.T) {
	proxy := proxyToMock(t)
	proxy.ModifyResponse = func(resp *http.Response) error {
		resp.Header.Del(trackingHeader)
		return nil
	}
	wrongSecret := basicHeader(testClientID, "colt-probe-wrong-secret")
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		isToken := r.URL.Path == colt.TokenPath
		switch {
		case isToken && r.Header.Get("Authorization") == wrongSecret:
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte("<html><body>Unauthorized</body></html>"))
		case isToken && r.Header.Get(trackingHeader) == "":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(`{"status":400,"code":"999","reason":"Validation not met","message":"m","details":""}`))
		default:
			proxy.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(front.Close)

	r := probeMock(t, front.URL)
	for id, inDetail := range map[string]string{
		"token-row-wrong-secret":   "answered HTTP 401",
		"token-row-no-tracking-id": "answered HTTP 400",
		"error-body":               "POST " + colt.TokenPath + " (HTTP 401)",
		"tracking-echo":            "do not echo it",
	} {
		c := r.Find(id)
		if c == nil || c.Verdict != Broken || !strings.Contains(c.Detail, inDetail) {
			t.Errorf("%s: %+v, want broken mentioning %q", id, c, inDetail)
		}
	}
	if c := r.Find("token"); c.Verdict != Held {
		t.Errorf("token: %s (%s), want held through the front", c.Verdict, c.Detail)
	}
}

// The probe reports a redirect and never follows it, not even to a
// loopback host it could reach.
func TestProbeNeverFollowsARedirect(t *testing.T) {
	var followed atomic.Int64
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		followed.Add(1)
		w.WriteHeader(http.StatusTeapot)
	}))
	t.Cleanup(elsewhere.Close)
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, elsewhere.URL+r.URL.RequestURI(), http.StatusTemporaryRedirect)
	}))
	t.Cleanup(front.Close)

	r := probeMock(t, front.URL)
	host := strings.TrimPrefix(elsewhere.URL, "http://")
	if c := r.Find("no-redirect"); c.Verdict != Broken || !strings.Contains(c.Detail, "to host "+host) {
		t.Errorf("no-redirect: %s (%s), want broken naming %s", c.Verdict, c.Detail, host)
	}
	if c := r.Find("token"); c.Verdict != Broken {
		t.Errorf("token: %s, want broken", c.Verdict)
	}
	if n := followed.Load(); n != 0 {
		t.Errorf("%d requests followed the redirect", n)
	}
}

// In front of the mock, a gateway that compares Basic credentials as sent
// (RFC 7617): the probe sees form-escaped ones refused and literal ones
// accepted, and goes on with the literal ones.
func TestProbeTellsLiteralBasicCredentials(t *testing.T) {
	proxy := proxyToMock(t)
	escaped := basicHeader(url.QueryEscape(testClientID), url.QueryEscape(testSecret))
	literal := basicHeader(testClientID, testSecret)
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == colt.TokenPath {
			switch r.Header.Get("Authorization") {
			case escaped:
				r.Header.Set("Authorization", basicHeader(testClientID, "not-as-sent"))
			case literal:
				r.Header.Set("Authorization", escaped) // what the mock understands
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(front.Close)

	r := probeMock(t, front.URL)
	c := r.Find("basic-form-escaped")
	if c.Verdict != Broken || len(c.Exchanges) != 2 || c.Exchanges[0].Status != http.StatusUnauthorized || c.Exchanges[1].Status != http.StatusOK {
		t.Errorf("basic-form-escaped: %s (%s) over %d exchanges, want broken: 401 then 200", c.Verdict, c.Detail, len(c.Exchanges))
	}
	for _, id := range []string{"token", "free-number-search"} {
		if c := r.Find(id); c.Verdict != Held {
			t.Errorf("%s: %s (%s), want held with the literal credentials", id, c.Verdict, c.Detail)
		}
	}
}
