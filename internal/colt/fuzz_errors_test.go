package colt

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// errorTemplate holds every fixed text of an APIError's message: a secret
// that is part of it would be found there whatever the body.
const errorTemplate = "fuzz op failed: HTTP with an empty body; the body was not Colt's JSON error: " +
	"gave up after attempts; 1 attempt, not retried: " + redacted + "…"

// FuzzErrorBody: whatever a failed answer's body holds, its APIError is
// one printable line of bounded length with each field within its limit,
// holding no JWT and no secret-like value that was given as a secret.
func FuzzErrorBody(f *testing.F) {
	for _, seed := range []struct {
		status       int
		body, secret string
	}{
		{401, `{"status":401,"code":"002","reason":"Authentication error","message":"bad credentials","details":"d"}`, "colt-demo-secret"},
		{400, `{"status":"400","code":"001","reason":"Validation not met","message":"client_secret colt-demo-secret is wrong"}`, "colt-demo-secret"},
		{503, `{"status":503,"code":"001","message":"token eyJhbGciOi.eyJzdWIi.c2ln leaked"}`, "s3cret-value"},
		{502, "<html><title>502 Bad Gateway</title><body>nginx</body></html>", "s3cret-value"},
		{500, "s3cret\t\tvalue\x00\xff in the body", "s3cret value"},
		{404, "", ""},
		{400, `{"code":"` + strings.Repeat("9", 40) + `"}`, "secret-value"},
	} {
		f.Add(seed.status, []byte(seed.body), seed.secret)
	}
	f.Fuzz(func(t *testing.T, status int, body []byte, secret string) {
		status = 100 + (status%500+500)%500
		req := &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/x"}, Header: http.Header{}}
		e := newAPIError("fuzz op", &http.Response{StatusCode: status, Header: http.Header{}, Request: req}, body, 1, secret)
		msg := e.Error()
		if !utf8.ValidString(msg) || strings.ContainsFunc(msg, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			t.Fatalf("message is not one printable line: %q", msg)
		}
		for _, field := range []struct {
			value string
			limit int
		}{{e.Code, 16}, {e.Reason, 120}, {e.Message, 400}, {e.Details, 400}, {e.Excerpt, 160}} {
			if utf8.RuneCountInString(field.value) > field.limit+1 {
				t.Fatalf("field of %d runes, limit %d: %q", utf8.RuneCountInString(field.value), field.limit, field.value)
			}
		}
		if len(msg) > 6000 {
			t.Fatalf("message of %d bytes", len(msg))
		}
		if jwtLike.MatchString(msg) {
			t.Fatalf("a JWT in %q", msg)
		}
		if tokenLike.MatchString(secret) && !strings.Contains(secret, "redacted") && !strings.Contains(errorTemplate, secret) &&
			strings.Contains(msg, secret) {
			t.Fatalf("the secret %q in %q", secret, msg)
		}
	})
}

// A secret with whitespace or control characters (awkwardSecret has a
// space) is removed however the body spaces it: sanitise makes text one
// line, which would otherwise turn a body's "s3+cr/t=:%4\t\tx" into the
// secret itself.
func TestSanitiseRemovesSecretsHoweverSpaced(t *testing.T) {
	for _, body := range []string{awkwardSecret, "s3+cr/t=:%4  x", "s3+cr/t=:%4\t\x00x", "s3+cr/t=:%4\n x"} {
		if got := sanitise("before "+body+" after", 200, []string{awkwardSecret}); strings.Contains(got, awkwardSecret) {
			t.Errorf("%q sanitised to %q", body, got)
		}
	}
}
