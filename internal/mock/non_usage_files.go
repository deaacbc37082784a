package mock

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Colt delivers non-usage reports as .r.cat files (documented). How they
// are listed and fetched, their names and their content are assumed: one
// file per month that has charges, named nonusage-YYYY-MM.r.cat, holding
// one line per charge: chargeId;chargeType;number;orderId;chargeDate;
// amount;currency;description, quoted as in RFC 4180 where needed.
const reportFileSuffix = ".r.cat"

type reportFile struct {
	FileName string `json:"fileName"`
	Month    string `json:"month"`
	Size     int    `json:"size"`
}

type reportFiles struct {
	Month string       `json:"month"`
	Files []reportFile `json:"files"`
}

func reportFileName(month time.Time) string {
	return "nonusage-" + month.Format("2006-01") + reportFileSuffix
}

// serveReportFiles answers GET /usageManagement/nonUsageReport/files: the
// month's .r.cat files (400/131 for a month the report does not cover).
func (s *Server) serveReportFiles(w http.ResponseWriter, r *http.Request) {
	report, ok := s.reportOfRequest(w, r)
	if !ok {
		return
	}
	out := reportFiles{Month: report.Month, Files: []reportFile{}}
	if content := reportFileOf(report); content != nil {
		month, _ := time.Parse("2006-01", report.Month)
		out.Files = append(out.Files, reportFile{FileName: reportFileName(month), Month: out.Month, Size: len(content)})
	}
	writeJSON(w, http.StatusOK, out)
}

// serveReportFile answers GET
// /usageManagement/nonUsageReport/files/{fileName}: the file, or 404/133
// when this client has no such file.
func (s *Server) serveReportFile(w http.ResponseWriter, r *http.Request, name string) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	now := s.currentTime()
	var content []byte
	raw, isReport := strings.CutPrefix(strings.TrimSuffix(name, reportFileSuffix), "nonusage-")
	if month, err := time.Parse("2006-01", raw); err == nil && isReport && strings.HasSuffix(name, reportFileSuffix) &&
		!month.After(monthStart(now)) {
		content = reportFileOf(s.nonUsageAt(client, month, now))
	}
	if content == nil {
		writeError(w, errReportFileNotFound.withDetails("no file "+truncate(name, 40)))
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(content)
}

// reportFileOf is the .r.cat file of a report, nil when it has no charges.
func reportFileOf(report nonUsageReport) []byte {
	if len(report.Charges) == 0 {
		return nil
	}
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cw.Comma = ';'
	for _, c := range report.Charges {
		_ = cw.Write([]string{c.ChargeID, c.ChargeType, c.Number, c.OrderID, c.ChargeDate, c.Amount, report.Currency,
			oneLine.Replace(c.Description)})
	}
	cw.Flush()
	return b.Bytes()
}
