package colt

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

// ReportFile is one of a month's non-usage report files. Colt delivers
// non-usage reports as .r.cat files (documented); the listing, its fields
// and the files' content are assumed (api/colt.yaml).
type ReportFile struct {
	FileName string `json:"fileName"`
	Month    string `json:"month"`
	Size     int64  `json:"size"`
}

type reportFiles struct {
	Files []ReportFile `json:"files"`
}

// ListNonUsageReportFiles lists the non-usage report files of a month
// (YYYY-MM).
func (c *Client) ListNonUsageReportFiles(ctx context.Context, month string) ([]ReportFile, error) {
	var out reportFiles
	const resource = "nonUsageReport/files"
	err := c.onBilling(ctx, resource, func(form billingForm) error {
		return c.do(ctx, call{
			op: "list non-usage report files", method: http.MethodGet, path: form.path(resource),
			query: url.Values{"month": {month}}, idempotent: true,
		}, &out)
	})
	return out.Files, err
}

// maxReportFile bounds a downloaded report file.
const maxReportFile = 8 << 20

// DownloadNonUsageReportFile returns a report file's content as Colt sends
// it.
func (c *Client) DownloadNonUsageReportFile(ctx context.Context, fileName string) ([]byte, error) {
	var content []byte
	resource := "nonUsageReport/files/" + url.PathEscape(fileName)
	err := c.onBilling(ctx, resource, func(form billingForm) error {
		return c.do(ctx, call{
			op: "download non-usage report file " + fileName, method: http.MethodGet, path: form.path(resource), idempotent: true,
			limit: maxReportFile,
			read: func(_ string, body io.Reader) error {
				c.billing.answered(form)
				var err error
				content, err = io.ReadAll(body)
				return err
			},
		}, nil)
	})
	return content, err
}
