package mock

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// Billing answers at the paths Colt prints (no /v1) and 404s the /v1 form;
// Assumptions.BillingV1 turns that around. Counters keep the forms apart.
func TestBillingPathForm(t *testing.T) {
	e := newEnv(t)
	e.activated("form", 0, 2, "Acme Ltd")
	e.clock.Advance(24 * time.Hour)
	yesterday := day(e.clock.Now().AddDate(0, 0, -1))
	month := e.clock.Now().Format("2006-01")
	var req consolidatedStatus
	e.postJSON(consolidatedCreatePath, `{"fromDate":"`+yesterday+`","toDate":"`+yesterday+`"}`, http.StatusAccepted, &req)

	calls := []struct{ method, path, body string }{
		{http.MethodGet, unratedCDRPath + "?date=" + yesterday, ""},
		{http.MethodGet, ratedCDRPath + "?month=" + e.clock.Now().AddDate(0, -1, 0).Format("2006-01"), ""},
		{http.MethodPost, consolidatedCreatePath, `{"fromDate":"` + yesterday + `","toDate":"` + yesterday + `"}`},
		{http.MethodGet, consolidatedPrefix + req.RequestID, ""},
		{http.MethodGet, nonUsagePath + "?month=" + month, ""},
		{http.MethodGet, reportFilesPath + "?month=" + month, ""},
		{http.MethodGet, reportFilePrefix + reportFileName(monthStart(e.clock.Now())), ""},
	}
	v1 := func(path string) string { return usageBaseV1 + strings.TrimPrefix(path, usageBase) }
	for _, billingV1 := range []bool{false, true} {
		e.s.Reset() // counters
		a := DefaultAssumptions()
		a.BillingV1 = billingV1
		if err := e.s.SetAssumptions(a); err != nil {
			t.Fatal(err)
		}
		for _, c := range calls {
			served, missing := c.path, v1(c.path)
			if billingV1 {
				served, missing = missing, served
			}
			if res := e.call(c.method, served, c.body); res.status >= 300 {
				t.Errorf("BillingV1=%v %s %s: %d %s", billingV1, c.method, served, res.status, res.body)
			}
			wantRow(t, e.call(c.method, missing, c.body), "404/001")
		}
		stats := e.s.Stats().APIRequests
		for _, rt := range voiceRoutes {
			if !strings.HasPrefix(rt.template, "/usageManagement/") {
				continue
			}
			if got := stats[rt.method+" "+rt.template]; got != 1 {
				t.Errorf("BillingV1=%v: %s %s counted %d, want 1", billingV1, rt.method, rt.template, got)
			}
		}
	}
}
