package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// Billing operations sit at the paths Colt prints (no /v1), each naming
// the /v1 form as its assumed alternative; the mock serves exactly one of
// the two, as its BillingV1 switch says.
func TestBillingPathsAndAlternatives(t *testing.T) {
	doc := loadSpec(t)
	alternatives := map[string]string{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			alt, has := op.Extensions["x-colt-alternative-path"].(string)
			billing := strings.HasPrefix(path, "/usageManagement/")
			switch {
			case billing && strings.HasPrefix(path, "/usageManagement/v1/"):
				t.Errorf("%s %s: Colt prints billing paths without /v1", method, path)
			case billing && alt != "/usageManagement/v1/"+strings.TrimPrefix(path, "/usageManagement/"):
				t.Errorf("%s %s: x-colt-alternative-path %q, want the /v1 form", method, path, alt)
			case !billing && has:
				t.Errorf("%s %s: only billing paths have an alternative", method, path)
			}
			if billing {
				alternatives[method+" "+path] = alt
			}
		}
	}
	if len(alternatives) == 0 {
		t.Fatal("no billing operations")
	}
	for _, billingV1 := range []bool{false, true} {
		a := mock.DefaultAssumptions()
		a.BillingV1 = billingV1
		srv := mock.New(mock.Config{Assumptions: &a})
		ts := serveWrapped(t, srv, nil)
		token := "Bearer " + accessToken(t, ts.URL)
		for op, alt := range alternatives {
			method, path, _ := strings.Cut(op, " ")
			for _, p := range []string{path, alt} {
				req, err := http.NewRequest(method, ts.URL+strings.Replace(p, "{requestId}", "CDRREQ-0001", 1), nil)
				if err != nil {
					t.Fatal(err)
				}
				req.Header.Set("x-tracking-id", "billing-paths")
				req.Header.Set("Authorization", token)
				// Any answer but 404/001 means the path is served (the
				// requests are incomplete: 400s and 404/132 are fine).
				row := answerRow(t, req)
				served := row != "404/001"
				if want := (p == alt) == billingV1; served != want {
					t.Errorf("BillingV1=%v: %s %s answered %s", billingV1, method, p, row)
				}
			}
		}
	}
}

// answerRow sends req and returns the answer's status/code ("200/" when
// it is no error).
func answerRow(t *testing.T, req *http.Request) string {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	var e struct {
		Code string `json:"code"`
	}
	if resp.StatusCode >= 400 {
		_ = json.NewDecoder(resp.Body).Decode(&e)
	}
	return fmt.Sprintf("%d/%s", resp.StatusCode, e.Code)
}
