package main

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// allChecks is every check the probe reports, in report order.
var allChecks = []string{
	"token", "token-expires-in", "token-answer", "basic-form-escaped",
	"token-row-wrong-secret", "token-row-no-tracking-id", "token-row-no-grant-type", "token-row-grant-unsupported",
	"token-row-no-content-type", "token-row-json-body", "token-row-unsupported-parameter", "token-row-no-authorization",
	"token-row-bearer", "token-row-empty-basic",
	"free-number-search", "order-search", "order-search-answer", "order-statuses", "order-read",
	"inventory-search", "inventory-by-reference", "order-replay",
	"address-validation", "local-area-code", "vat-shape",
	"unrated-cdrs", "rated-cdrs", "non-usage-report", "non-usage-files", "billing-path",
	"total-count", "no-redirect", "error-body", "tracking-echo",
}

func checkIDs(r *Report) []string {
	var ids []string
	for _, c := range r.Checks {
		ids = append(ids, c.ID)
	}
	return ids
}

// Against colt-mock as modelled, every assumption holds, except order
// replay, which the probe cannot see without placing orders.
func TestProbeHoldsAgainstPlainMock(t *testing.T) {
	srv, ts := startMock(t, nil)
	placeOrder(t, ts.URL) // so that there are order statuses to read
	r := probeMock(t, ts.URL)

	if got := checkIDs(r); !slices.Equal(got, allChecks) {
		t.Errorf("checks %q,\nwant %q", got, allChecks)
	}
	for _, c := range r.Checks {
		want := Held
		if c.ID == "order-replay" {
			want = NotChecked
		}
		if c.Verdict != want {
			t.Errorf("%s: %s, want %s: %s", c.ID, c.Verdict, want, c.Detail)
		}
	}
	if r.Held+r.Broken+r.NotChecked != len(r.Checks) || r.NotChecked != 1 {
		t.Errorf("summary %d held, %d broken, %d not checked of %d", r.Held, r.Broken, r.NotChecked, len(r.Checks))
	}
	if n := ordersPlaced(srv); n != 1 {
		t.Errorf("%d order POSTs reached the mock, want only the test's own", n)
	}
}

// Each assumption switched the other way in colt-mock is reported broken
// (order replay: not checked, and why).
func TestProbeReportsEachSwitch(t *testing.T) {
	renamed := map[string]string{"Pending": "Acknowledged", "InProgress": "In Progress", "Completed": "Complete", "Failed": "Rejected"}
	cases := []struct {
		name     string
		set      func(*mock.Assumptions)
		order    bool // the test places an order first
		check    string
		want     Verdict
		inDetail string
	}{
		{"order search off", func(a *mock.Assumptions) { a.OrderSearch = false }, false,
			"order-search", Broken, "no order search"},
		{"order replay off", func(a *mock.Assumptions) { a.OrderReplay = false }, true,
			"order-replay", NotChecked, "never places an order"},
		{"total count off", func(a *mock.Assumptions) { a.TotalCount = false }, false,
			"total-count", Broken, "have no totalCount"},
		{"order statuses renamed", func(a *mock.Assumptions) { a.OrderStatuses = renamed }, true,
			"order-statuses", Broken, `not in the model: "Acknowledged"`},
		{"VAT answer with other fields", func(a *mock.Assumptions) { a.VATShape = "alt" }, false,
			"vat-shape", Broken, "HTTP 200"},
		{"Basic credentials compared literally", func(a *mock.Assumptions) { a.BasicAuth = "literal" }, false,
			"basic-form-escaped", Broken, "literal ones (RFC 7617) accepted"},
		{"billing under /v1 only", func(a *mock.Assumptions) { a.BillingV1 = true }, false,
			"billing-path", Broken, "answered under /usageManagement/v1/"},
		{"redirect to another host", func(a *mock.Assumptions) { a.RedirectTo = "https://elsewhere.example" }, false,
			"no-redirect", Broken, "to host elsewhere.example"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assume := mock.DefaultAssumptions()
			tc.set(&assume)
			srv, ts := startMock(t, &assume)
			var placed int64
			if tc.order {
				placeOrder(t, ts.URL)
				placed = 1
			}
			r := probeMock(t, ts.URL)
			c := r.Find(tc.check)
			if c == nil {
				t.Fatalf("no check %s", tc.check)
			}
			if c.Verdict != tc.want || !strings.Contains(c.Detail, tc.inDetail) {
				t.Errorf("%s: %s (%s), want %s mentioning %q", tc.check, c.Verdict, c.Detail, tc.want, tc.inDetail)
			}
			if tc.want == Broken && len(c.Exchanges) == 0 {
				t.Errorf("%s is broken without the exchanges that show it", tc.check)
			}
			if n := ordersPlaced(srv); n != placed {
				t.Errorf("%d order POSTs reached the mock, want %d (the test's own)", n, placed)
			}
		})
	}
}

// The mock echoes nothing the probe must hide; the excerpts the report
// quotes never hold the token, whatever the gateway sends back.
func TestExcerptsRedactTokensAndSecrets(t *testing.T) {
	_, ts := startMock(t, nil)
	r := probeMock(t, ts.URL)
	var token *Exchange
	for _, ex := range r.Find("token").Exchanges {
		if ex.Status == http.StatusOK {
			token = ex
		}
	}
	if token == nil {
		t.Fatal("no token answer")
	}
	if strings.Contains(token.Excerpt, "eyJ") || !strings.Contains(token.Excerpt, `"access_token":"[redacted]"`) {
		t.Errorf("token excerpt %q, want the token redacted", token.Excerpt)
	}
}
