package mock

import (
	"net/http"
	"net/url"
	"testing"
)

// Assumption: how the token route reads Basic credentials. "form" (the
// default) unescapes them first, "literal" compares them as sent; they
// differ for a secret that escaping changes.
func TestBasicAuthForms(t *testing.T) {
	const secret = "s3+cr/t=:%4 x"
	cases := []struct {
		basicAuth        string
		escaped, literal int
	}{
		{"", http.StatusOK, http.StatusUnauthorized},
		{"form", http.StatusOK, http.StatusUnauthorized},
		{"literal", http.StatusUnauthorized, http.StatusOK},
	}
	for _, tc := range cases {
		t.Run(tc.basicAuth, func(t *testing.T) {
			_, ts := startServer(t, Config{
				Clients:     map[string]string{DefaultClientID: secret},
				Assumptions: &Assumptions{BasicAuth: tc.basicAuth},
			})
			for _, try := range []struct {
				what, secret string
				want         int
			}{
				{"escaped", url.QueryEscape(secret), tc.escaped},
				{"literal", secret, tc.literal},
			} {
				req := tokenRequest(t, ts.URL)
				req.Header.Set("Authorization", basicAuth(DefaultClientID, try.secret))
				res := do(t, req)
				if res.status != try.want {
					t.Errorf("%s credentials: status %d, want %d: %s", try.what, res.status, try.want, res.body)
				}
				if res.status == http.StatusUnauthorized {
					wantRow(t, res, "401/002")
				}
			}
		})
	}
}
