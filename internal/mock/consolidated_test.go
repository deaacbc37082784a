package mock

import (
	"encoding/csv"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// parseCDRFile parses a consolidated file strictly: every record is 19
// fields separated by ';' (quoted as in RFC 4180 where a value holds ';'
// or '"'), field 19 empty, each record ended by a line feed, no header.
func parseCDRFile(t *testing.T, body string) [][]string {
	t.Helper()
	if body == "" {
		return nil
	}
	if !strings.HasSuffix(body, "\n") || strings.Contains(body, "\r") {
		t.Fatalf("records must end with a line feed, without carriage returns: %q", body[max(0, len(body)-40):])
	}
	r := csv.NewReader(strings.NewReader(body))
	r.Comma, r.FieldsPerRecord = ';', 19
	out, err := r.ReadAll()
	if err != nil {
		t.Fatalf("consolidated file: %v", err)
	}
	if lines := strings.Count(body, "\n"); lines != len(out) {
		t.Fatalf("%d lines hold %d records: a record spans lines", lines, len(out))
	}
	for i, fields := range out {
		if fields[18] != "" {
			t.Fatalf("record %d: field 19 (end of record) is %q", i+1, fields[18])
		}
	}
	return out
}

func TestConsolidatedCDRs(t *testing.T) {
	e := newEnv(t)
	// A name with the separator, quotes and a line break stays in its field.
	numbers, _, _ := e.activated("cons", 0, 3, "Acme; \"Ltd\"\nNorth")
	e.clock.Advance(6 * 24 * time.Hour)
	now := e.clock.Now()
	from, to := day(now.AddDate(0, 0, -6)), day(now)

	var accepted consolidatedStatus
	e.postJSON(consolidatedCreatePath, `{"fromDate":"`+from+`","toDate":"`+to+`"}`, http.StatusAccepted, &accepted)
	if accepted.RequestID != "CDRREQ-0001" || accepted.Status != "Pending" {
		t.Fatalf("accepted %+v", accepted)
	}
	var filtered consolidatedStatus
	e.postJSON(consolidatedCreatePath, `{"fromDate":"`+to+`","toDate":"`+to+`","number":"`+numbers[2]+`"}`, http.StatusAccepted, &filtered)
	if filtered.RequestID != "CDRREQ-0002" {
		t.Fatalf("second request %+v", filtered)
	}
	// Pending for one order delay.
	e.clock.Advance(testDelay - time.Millisecond)
	var pending consolidatedStatus
	res := e.call(http.MethodGet, consolidatedPrefix+accepted.RequestID, "")
	e.decode(res, "pending", http.StatusOK, &pending)
	if pending != accepted || res.header.Get("Content-Type") != "application/json" {
		t.Errorf("pending %+v (%s)", pending, res.header.Get("Content-Type"))
	}
	// Made as of the request: calls later today are not in it.
	e.clock.Advance(12 * time.Hour)
	res = e.call(http.MethodGet, consolidatedPrefix+accepted.RequestID, "")
	if res.status != http.StatusOK || res.header.Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Fatalf("download: %d %s: %s", res.status, res.header.Get("Content-Type"), res.body)
	}
	lines := parseCDRFile(t, string(res.body))
	var want []cdr
	for d := now.AddDate(0, 0, -6); !d.After(now); d = d.AddDate(0, 0, 1) {
		for _, c := range e.unrated(query("date", day(d), "limit", "500")).Records {
			if !strings.HasPrefix(c.EndTime, day(now)) || c.EndTime <= now.Format(time.RFC3339) {
				want = append(want, c)
			}
		}
	}
	if len(lines) != len(want) || len(want) == 0 {
		t.Fatalf("%d lines, want %d records", len(lines), len(want))
	}
	for i, fields := range lines {
		c := want[i]
		values := c.values()
		values[14] = `Acme; "Ltd" North` // the line feed becomes a space
		if !slices.Equal(fields, values) {
			t.Errorf("line %d:\n%q\nwant\n%q", i+1, fields, values)
		}
		if d, err := strconv.Atoi(fields[4]); err != nil || d != c.DurationSeconds {
			t.Errorf("line %d: duration %q", i+1, fields[4])
		}
	}
	if again := e.call(http.MethodGet, consolidatedPrefix+accepted.RequestID, ""); string(again.body) != string(res.body) {
		t.Error("a second download differs")
	}
	// The number filter.
	res = e.call(http.MethodGet, consolidatedPrefix+filtered.RequestID, "")
	for _, fields := range parseCDRFile(t, string(res.body)) {
		if fields[17] != numbers[2] || fields[1] != to {
			t.Errorf("filtered line %q", fields)
		}
	}
	// Another client's request is not found.
	wantRow(t, e.as(e.other, http.MethodGet, consolidatedPrefix+accepted.RequestID, ""), "404/132")
	wantRow(t, e.call(http.MethodGet, consolidatedPrefix+"CDRREQ-9999", ""), "404/132")

	// An empty range makes an empty file.
	e.s.ResetState()
	var empty consolidatedStatus
	e.postJSON(consolidatedCreatePath, `{"fromDate":"`+to+`","toDate":"`+to+`"}`, http.StatusAccepted, &empty)
	if empty.RequestID != "CDRREQ-0003" {
		t.Errorf("request ids restart after ResetState: %s", empty.RequestID)
	}
	wantRow(t, e.call(http.MethodGet, consolidatedPrefix+accepted.RequestID, ""), "404/132")
	e.clock.Advance(testDelay)
	if res := e.call(http.MethodGet, consolidatedPrefix+empty.RequestID, ""); res.status != http.StatusOK || len(res.body) != 0 ||
		!strings.HasPrefix(res.header.Get("Content-Type"), "text/csv") {
		t.Errorf("empty file: %d %q %s", res.status, res.body, res.header.Get("Content-Type"))
	}
}

func TestConsolidatedRequestErrors(t *testing.T) {
	e := newEnv(t)
	e.clock.Advance(100 * 24 * time.Hour)
	now := e.clock.Now()
	d := func(days int) string { return day(now.AddDate(0, 0, days)) }
	body := func(from, to string) string { return `{"fromDate":"` + from + `","toDate":"` + to + `"}` }
	for _, tc := range []struct{ name, body, row string }{
		{"malformed JSON", `{"fromDate":`, "400/100"},
		{"unknown field", `{"fromDate":"` + d(-1) + `","toDate":"` + d(0) + `","format":"csv"}`, "400/100"},
		{"toDate missing", `{"fromDate":"` + d(-1) + `"}`, "400/100"},
		{"fromDate missing", `{"toDate":"` + d(-1) + `"}`, "400/100"},
		{"empty body", ``, "400/100"},
		{"fromDate after toDate", body(d(-1), d(-2)), "400/130"},
		{"32 days", body(d(-31), d(0)), "400/130"},
		{"older than 90 days", body(d(-90), d(-80)), "400/130"},
		{"future", body(d(0), d(1)), "400/130"},
		{"malformed date", body("2026-13-01", d(0)), "400/130"},
		{"number not E.164", `{"fromDate":"` + d(-1) + `","toDate":"` + d(0) + `","number":"0207"}`, "400/104"},
	} {
		t.Run(tc.name, func(t *testing.T) { wantRow(t, e.call(http.MethodPost, consolidatedCreatePath, tc.body), tc.row) })
	}
	// The limits themselves are fine: 31 days, the oldest day of the window.
	e.postJSON(consolidatedCreatePath, body(d(-30), d(0)), http.StatusAccepted, nil)
	e.postJSON(consolidatedCreatePath, body(d(-89), d(-89)), http.StatusAccepted, nil)
}
