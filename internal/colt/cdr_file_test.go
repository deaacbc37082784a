package colt

import (
	"strings"
	"testing"
)

// cdrLine is one record of a consolidated file with the given end customer
// field (written as is) and end-of-record field.
func cdrLine(endCustomer, endOfRecord string) string {
	return strings.Join([]string{"CDR-20260302-442071230000-01", "2026-03-02", "2026-03-02T08:00:00Z",
		"2026-03-02T08:01:40Z", "100", "+442071230000", "+447712345678", "outbound", "mobile", "GB", "GB",
		"TG-0A1B2C3D", "ref", "ORD-00000001", endCustomer, "100", "16", "+442071230000", endOfRecord}, ";") + "\n"
}

func TestParseCDRFile(t *testing.T) {
	cases := []struct {
		name, file string
		want       []string // end customer names read; nil: an error
	}{
		{"plain", cdrLine("Acme Ltd", ""), []string{"Acme Ltd"}},
		{"quoted separator", cdrLine(`"Acme; Sons"`, ""), []string{"Acme; Sons"}},
		{"quoted quote", cdrLine(`"Acme ""Best"" Ltd"`, ""), []string{`Acme "Best" Ltd`}},
		{"end of record holds a marker", cdrLine("Acme", "EOR"), []string{"Acme"}},
		{"two records and CRLF", strings.ReplaceAll(cdrLine("A", "")+cdrLine("B", ""), "\n", "\r\n"), []string{"A", "B"}},
		{"empty file", "", []string{}},
		{"separator unquoted", cdrLine("Acme; Sons", ""), nil},
		{"stray quote", cdrLine(`Acme "Best" Ltd`, ""), nil},
		{"18 fields", strings.TrimSuffix(cdrLine("Acme", ""), ";\n") + "\n", nil},
		{"not a duration", strings.Replace(cdrLine("Acme", ""), ";100;", ";1m40s;", 1), nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := []string{}
			err := parseCDRFile(strings.NewReader(tc.file), func(r CDR) error {
				if r.DurationSeconds != 100 || r.ChargeableSeconds != 100 || r.ReleaseCause != "16" || r.RoutingNumber != "+442071230000" {
					t.Errorf("record %+v", r)
				}
				got = append(got, r.EndCustomerName)
				return nil
			})
			switch {
			case tc.want == nil && err == nil:
				t.Errorf("no error, read %q", got)
			case tc.want != nil && err != nil:
				t.Errorf("error %v", err)
			case tc.want != nil && strings.Join(got, "|") != strings.Join(tc.want, "|"):
				t.Errorf("read %q, want %q", got, tc.want)
			}
		})
	}
	if len(CDRFields) != 19 || CDRFields[18] != "endOfRecord" {
		t.Errorf("CDRFields %v: want 19, field 19 the end of record", CDRFields)
	}
}
