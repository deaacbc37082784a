package mock

import (
	"encoding/csv"
	"net/http"
	"slices"
	"strings"
	"testing"
)

func TestNonUsageReportFiles(t *testing.T) {
	e := newEnv(t)
	numbers, _, act := e.activated("nuf", 0, 2, "Acme")
	e.portedIn("nuf-night", "+441611234568", "outOfHours")
	report := e.nonUsage("2026-03")

	var listed reportFiles
	e.getJSON(reportFilesPath+"?month=2026-03", &listed)
	if listed.Month != "2026-03" || len(listed.Files) != 1 || listed.Files[0].FileName != "nonusage-2026-03.r.cat" {
		t.Fatalf("files %+v", listed)
	}
	res := e.call(http.MethodGet, reportFilePrefix+listed.Files[0].FileName, "")
	if res.status != http.StatusOK || res.header.Get("Content-Type") != "application/octet-stream" ||
		!strings.Contains(res.header.Get("Content-Disposition"), `filename="nonusage-2026-03.r.cat"`) {
		t.Fatalf("download %d %v: %s", res.status, res.header, res.body)
	}
	if len(res.body) != listed.Files[0].Size || !strings.HasSuffix(string(res.body), "\n") {
		t.Errorf("%d bytes, listed %d", len(res.body), listed.Files[0].Size)
	}
	r := csv.NewReader(strings.NewReader(string(res.body)))
	r.Comma, r.FieldsPerRecord = ';', 8
	lines, err := r.ReadAll()
	if err != nil || len(lines) != len(report.Charges) || len(lines) != 4 {
		t.Fatalf("%d lines (%v), %d charges", len(lines), err, len(report.Charges))
	}
	for i, c := range report.Charges {
		want := []string{c.ChargeID, c.ChargeType, c.Number, c.OrderID, c.ChargeDate, c.Amount, "EUR", c.Description}
		if !slices.Equal(lines[i], want) {
			t.Errorf("line %d %q, want %q", i+1, lines[i], want)
		}
	}
	if lines[0][2] != numbers[0] || lines[0][3] != act.OrderID {
		t.Errorf("first line %q", lines[0])
	}

	// No charges, no file: another month, another client.
	e.getJSON(reportFilesPath+"?month=2026-02", &listed)
	if len(listed.Files) != 0 || listed.Files == nil {
		t.Errorf("February %+v", listed)
	}
	if other := e.as(e.other, http.MethodGet, reportFilesPath+"?month=2026-03", ""); string(other.body) != `{"month":"2026-03","files":[]}`+"\n" {
		t.Errorf("other client's list %s", other.body)
	}
	wantRow(t, e.as(e.other, http.MethodGet, reportFilePrefix+"nonusage-2026-03.r.cat", ""), "404/133")
	for _, name := range []string{"nonusage-2026-02.r.cat", "nonusage-2026-04.r.cat", "nonusage-2026-03.csv", "report.r.cat"} {
		wantRow(t, e.call(http.MethodGet, reportFilePrefix+name, ""), "404/133")
	}
	for _, q := range []string{"month=2026-04", "", "month=March"} {
		wantRow(t, e.call(http.MethodGet, reportFilesPath+"?"+q, ""), "400/131")
	}
}
