package mock

import (
	"net/http"
	"testing"
)

// Every new operation checks x-tracking-id and the bearer token first, sees
// injected faults, and is counted in Stats under its template.
func TestVoiceRoutesAuthFaultsAndStats(t *testing.T) {
	e := newEnv(t)
	ops := []struct {
		method, path, template, body string
	}{
		{http.MethodPost, validateAddressPath, validateAddressPath, mustJSON(KnownAddress("GB"))},
		{http.MethodGet, addressPrefix + "ADDR-GB-00000000", addressByIDPath, ""},
		{http.MethodGet, lacPath + "?country=GB&city=London", lacPath, ""},
		{http.MethodPost, vatPath, vatPath, `{"countryCode":"PT","vatNumber":"509999999"}`},
		{http.MethodGet, unratedCDRPath + "?date=2026-03-01", unratedCDRPath, ""},
		{http.MethodGet, ratedCDRPath + "?month=2026-02", ratedCDRPath, ""},
		{http.MethodPost, consolidatedCreatePath, consolidatedCreatePath, `{"fromDate":"2026-03-01","toDate":"2026-03-01"}`},
		{http.MethodGet, consolidatedPrefix + "CDRREQ-0001", consolidatedByIDPath, ""},
		{http.MethodGet, nonUsagePath + "?month=2026-03", nonUsagePath, ""},
	}
	for _, op := range ops {
		t.Run(op.template, func(t *testing.T) {
			e.s.Reset()
			req := e.request(op.method, op.path, op.body)
			req.Header.Del("x-tracking-id")
			wantRow(t, do(t, req), "400/004")
			req = e.request(op.method, op.path, op.body)
			req.Header.Del("Authorization")
			wantRow(t, do(t, req), "401/001")
			req = e.request(op.method, op.path, op.body)
			req.Header.Set("Authorization", "Bearer not-a-jwt")
			wantRow(t, do(t, req), "401/002")
			e.s.FailNext(1, 429, "001")
			wantRow(t, e.call(op.method, op.path, op.body), "429/001")
			e.s.SetFaults(Faults{Unavailable: 1})
			wantRow(t, e.call(op.method, op.path, op.body), "503/001")
			e.s.SetFaults(Faults{})
			res := e.call(op.method, op.path, op.body)
			if res.status >= 400 && res.status != http.StatusNotFound {
				t.Errorf("status %d: %s", res.status, res.body)
			}
			other := http.MethodGet
			if op.method == http.MethodGet {
				other = http.MethodPost
			}
			if res := e.call(other, op.path, ""); res.status != http.StatusMethodNotAllowed || res.header.Get("Allow") != op.method {
				t.Errorf("%s: %d, Allow %q", other, res.status, res.header.Get("Allow"))
			}
			if got := e.s.Stats().APIRequests[op.method+" "+op.template]; got != 6 {
				t.Errorf("Stats[%s %s] = %d, want 6 (%v)", op.method, op.template, got, e.s.Stats().APIRequests)
			}
		})
	}
	// A path parameter is one segment.
	for _, p := range []string{addressPrefix, addressPrefix + "a/b", consolidatedPrefix, consolidatedPrefix + "x/y"} {
		if res := e.call(http.MethodGet, p, ""); res.status != http.StatusNotFound || res.apiError(t).Code != "001" {
			t.Errorf("%s: %d %s", p, res.status, res.body)
		}
	}
}

// Each error row of address management, from the request that causes it.
func TestAddressErrorRows(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct{ name, body, row string }{
		{"malformed JSON", `{"country":`, "400/100"},
		{"empty body", ``, "400/100"},
		{"array", `[{"country":"GB"}]`, "400/100"},
		{"null", `null`, "400/100"},
		{"number not a string", `{"country":"GB","houseNumber":10,"streetName":"Downing Street","city":"London","postalCode":"SW1A 2AA"}`, "400/100"},
		{"country missing", `{"houseNumber":"10","streetName":"Downing Street","city":"London","postalCode":"SW1A 2AA"}`, "400/101"},
		{"country UK", `{"country":"UK","houseNumber":"10","streetName":"Downing Street","city":"London","postalCode":"SW1A 2AA"}`, "400/101"},
		{"country US", `{"country":"US","houseNumber":"1","streetName":"Main Street","city":"Boston","postalCode":"02108"}`, "400/101"},
		{"streetName missing", `{"country":"GB","houseNumber":"10","city":"London","postalCode":"SW1A 2AA"}`, "400/110"},
		{"streetType in GB", `{"country":"GB","houseNumber":"10","streetName":"Downing","streetType":"Street","city":"London","postalCode":"SW1A 2AA"}`, "400/111"},
	} {
		t.Run(tc.name, func(t *testing.T) { wantRow(t, e.call(http.MethodPost, validateAddressPath, tc.body), tc.row) })
	}
	wantRow(t, e.call(http.MethodGet, addressPrefix+"ADDR-GB-00000000", ""), "404/112")
}
