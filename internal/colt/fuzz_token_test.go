package colt

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// tokenLike is a value that would be a leak if an error quoted it: long,
// of the characters tokens are made of, and in none of the fixed texts.
var tokenLike = regexp.MustCompile(`^[A-Za-z0-9._~+=-]{12,}$`) // tokenChars

// FuzzTokenAnswer: any token answer either parses to a usable token
// (non-empty, 1 s to 24 h, re-encoding it parses to the same) or is an
// error that is one short line and never quotes the access token.
func FuzzTokenAnswer(f *testing.F) {
	for _, seed := range []struct{ contentType, body string }{
		{"application/json", `{"access_token":"eyJh.eyJz.sig","token_type":"Bearer","expires_in":1800}`},
		{"application/json", `{"access_token":"opaque-token-value-1","expires_in":"1800"}`},
		{"application/json", `{"access_token":"opaque-token-value-1","expires_in":0}`},
		{"application/json", `{"access_token":"opaque-token-value-1","expires_in":1e30}`},
		{"application/json", `{"access_token":"opaque-token-value-1","expires_in":"opaque-token-value-1"}`},
		{"application/json", `{"access_token":"opaque-token-value-1","expires_in":{"s":1}}`},
		{"application/json", `{"access_token":"opaque-token-value-1"`},
		{"application/json", `{"access_token": "opaque-token-value-1", "echo": "opaque-token-value-1"`},
		{"application/json", `{"token_type":"Bearer"}`},
		{"text/html", `<html><body>Maintenance</body></html>`},
		{"application/x-www-form-urlencoded", `access_token=opaque-token-value-1&expires_in=600`},
		{"text/plain; charset=utf-8", `access_token=a&expires_in=-1`},
		{"application/x-www-form-urlencoded", "access_token=\xa9"},
		{"application/x-www-form-urlencoded", `access_token=opaque-token-value-1&token_type=%A9`},
		{"application/json", `{"access_token":"has space","expires_in":600}`},
		// Two access_token fields: JSON keeps the last, so the first is a
		// token sanitise does not know of.
		{"application/json", `{"access_token":"opaque-token","access_token":"X","expires_in":"opaque-token"}`},
	} {
		f.Add(seed.contentType, []byte(seed.body))
	}
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		got, err := readTokenAnswer(contentType, body, "")
		if err != nil {
			msg := err.Error()
			if len(msg) > 1000 || strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("error is not one short line: %q", msg)
			}
			for _, tok := range accessTokensIn(contentType, body) {
				if tokenLike.MatchString(tok) && strings.Contains(msg, tok) {
					t.Fatalf("error %q quotes the access token %q", msg, tok)
				}
			}
			return
		}
		if got.AccessToken == "" || got.Lifetime < time.Second || got.Lifetime > MaxTokenLifetime || got.Lifetime%time.Second != 0 {
			t.Fatalf("accepted %+v", got)
		}
		again, err := json.Marshal(map[string]any{
			"access_token": got.AccessToken, "token_type": got.TokenType, "expires_in": int64(got.Lifetime / time.Second),
		})
		if err != nil {
			t.Fatal(err)
		}
		if back, err := parseTokenAnswer("application/json", again); err != nil || back != got {
			t.Fatalf("re-encoded %s reads as %+v, %v; want %+v", again, back, err, got)
		}
	})
}

// accessTokensIn are the access tokens a body carries, as JSON or a form
// would give them, and as written after access_token":" or access_token=
// in a body that is neither.
func accessTokensIn(contentType string, body []byte) []string {
	var out []string
	var fields struct {
		AccessToken string `json:"access_token"`
	}
	if json.Unmarshal(body, &fields) == nil {
		out = append(out, fields.AccessToken)
	}
	if strings.Contains(contentType, "text/plain") || strings.Contains(contentType, "x-www-form-urlencoded") {
		values, _ := url.ParseQuery(string(body))
		out = append(out, values["access_token"]...)
	}
	text := string(body)
	for _, marker := range []string{`access_token":"`, `access_token=`} {
		for rest := text; ; {
			i := strings.Index(rest, marker)
			if i < 0 {
				break
			}
			rest = rest[i+len(marker):]
			end := strings.IndexFunc(rest, func(r rune) bool { return !strings.ContainsRune(tokenChars, r) })
			if end < 0 {
				end = len(rest)
			}
			out = append(out, rest[:end])
		}
	}
	return out
}

const tokenChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+=-"
