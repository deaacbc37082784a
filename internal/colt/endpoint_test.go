package colt

import (
	"strings"
	"testing"
)

func TestBaseURL(t *testing.T) {
	cases := []struct {
		env      Environment
		override string
		want     string
		errLike  string
	}{
		{Production, "", "https://apis.colt.net", ""},
		{Sandbox, "", "https://sandbox.apis.colt.net", ""},
		{"staging", "", "", "unknown environment"},
		{Production, "http://127.0.0.1:8080", "http://127.0.0.1:8080", ""},
		{Production, "http://localhost:8080/", "http://localhost:8080", ""},
		{Production, "http://[::1]:9000", "http://[::1]:9000", ""},
		{Production, "https://proxy.example.com/colt/", "https://proxy.example.com/colt", ""},
		{Sandbox, "https://proxy.example.com", "https://proxy.example.com", ""},
		{Production, "http://proxy.example.com", "", "only for loopback"},
		{Production, "apis.colt.net", "", "not an absolute URL"},
		{Production, "/relative", "", "not an absolute URL"},
		{Production, "ftp://apis.colt.net", "", "not supported"},
		{Production, "https://user:pw@apis.colt.net", "", "credentials"},
		{Production, "https://apis.colt.net?x=1", "", "query"},
		{Production, "https://bad host", "", "not a URL"},
	}
	for _, tc := range cases {
		u, err := BaseURL(tc.env, tc.override)
		switch {
		case tc.errLike != "":
			if err == nil || !strings.Contains(err.Error(), tc.errLike) {
				t.Errorf("%s %q: err = %v, want %q", tc.env, tc.override, err, tc.errLike)
			}
		case err != nil:
			t.Errorf("%s %q: %v", tc.env, tc.override, err)
		case u.String() != tc.want:
			t.Errorf("%s %q = %s, want %s", tc.env, tc.override, u, tc.want)
		}
	}
}
