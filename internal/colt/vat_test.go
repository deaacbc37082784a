package colt

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// Assumption: the VAT answer's field names (api/colt.yaml VATCheckResponse).
// Under -vat-shape=alt the mock answers with VIES's own names: the client
// must report that it cannot read the answer, never that the number is not
// valid.
func TestVATAnswerInAnotherShapeIsAnError(t *testing.T) {
	_, base := startMock(t, mock.Config{Assumptions: &mock.Assumptions{
		OrderSearch: true, OrderReplay: true, TotalCount: true, VATShape: "alt",
	}})
	number, _, _ := mock.ValidVAT("PT")
	check, err := newClient(t, testConfig(t, base)).CheckVAT(context.Background(), "PT", number, "")
	var shape *VATAnswerError
	if !errors.As(err, &shape) {
		t.Fatalf("CheckVAT = %+v, %v; want a VATAnswerError", check, err)
	}
	msg := err.Error()
	for _, want := range []string{`no boolean field "valid"`, "api/colt.yaml", `\"isValid\":true`, number, "[x-tracking-id "} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q: %s", want, msg)
		}
	}
	if strings.Contains(msg, "not valid") || check.Valid {
		t.Errorf("an unreadable answer reads as a verdict: %+v, %s", check, msg)
	}
}

func TestVATAnswerShapes(t *testing.T) {
	cases := []struct {
		name, body string
		company    string
		problem    string // "" when the answer is readable
	}{
		{"modelled, valid", `{"countryCode":"PT","vatNumber":"509999999","valid":true}`, "", ""},
		{"modelled, not valid", `{"countryCode":"PT","vatNumber":"500000000","valid":false}`, "", ""},
		{"modelled, name checked", `{"countryCode":"ES","vatNumber":"B1","valid":true,"nameMatches":false}`, "X SL", ""},
		{"valid is a string", `{"valid":"true"}`, "", `no boolean field "valid"`},
		{"valid is null", `{"valid":null}`, "", `no boolean field "valid"`},
		{"not an object", `[true]`, "", "not a JSON object"},
		{"name sent, no verdict on it", `{"countryCode":"ES","valid":true}`, "X SL", `"nameMatches"`},
		{"secret echoed", `{"isValid":true,"note":"` + mock.DefaultClientSecret + `"}`, "", `no boolean field "valid"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == TokenPath {
					w.Header().Set("Content-Type", "application/json")
					_, _ = io.WriteString(w, `{"access_token":"opaque","token_type":"Bearer","expires_in":1800}`)
					return
				}
				w.Header().Set("Content-Type", "application/json")
				_, _ = io.WriteString(w, tc.body)
			}))
			defer srv.Close()
			_, err := newClient(t, testConfig(t, srv.URL)).CheckVAT(context.Background(), "ES", "B1", tc.company)
			if tc.problem == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var shape *VATAnswerError
			if !errors.As(err, &shape) || !strings.Contains(err.Error(), tc.problem) {
				t.Fatalf("err = %v, want a VATAnswerError saying %q", err, tc.problem)
			}
			assertNoSecrets(t, err.Error())
		})
	}
}
