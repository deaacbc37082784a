package colt

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// CDRFields are the 19 fields of an unrated call detail record, in Colt's
// order (the order of the consolidated file's columns). Field 19 is Colt's
// "End of record", followed by a line feed; a record holds the 18 before.
var CDRFields = []string{
	"recordId", "callDate", "startTime", "endTime", "durationSeconds", "callingNumber", "calledNumber",
	"direction", "callType", "originCountry", "destinationCountry", "trunkGroupId", "customerReference",
	"orderId", "endCustomerName", "chargeableSeconds", "releaseCause", "routingNumber", "endOfRecord",
}

// CDR is one call detail record; Rate, Charge and Currency are set on rated
// records only.
type CDR struct {
	RecordID           string `json:"recordId"`
	CallDate           string `json:"callDate"`
	StartTime          string `json:"startTime"`
	EndTime            string `json:"endTime"`
	DurationSeconds    int64  `json:"durationSeconds"`
	CallingNumber      string `json:"callingNumber"`
	CalledNumber       string `json:"calledNumber"`
	Direction          string `json:"direction"`
	CallType           string `json:"callType"`
	OriginCountry      string `json:"originCountry"`
	DestinationCountry string `json:"destinationCountry"`
	TrunkGroupID       string `json:"trunkGroupId"`
	CustomerReference  string `json:"customerReference"`
	OrderID            string `json:"orderId"`
	EndCustomerName    string `json:"endCustomerName"`
	ChargeableSeconds  int64  `json:"chargeableSeconds"`
	ReleaseCause       string `json:"releaseCause"`
	RoutingNumber      string `json:"routingNumber"`

	Rate     string `json:"rate,omitempty"`
	Charge   string `json:"charge,omitempty"`
	Currency string `json:"currency,omitempty"`
}

// UnratedCDRWindow is how far back Colt keeps daily unrated records.
const UnratedCDRWindow = 90 * 24 * time.Hour

type cdrPage struct {
	Records    []CDR `json:"records"`
	TotalCount int   `json:"totalCount"`
}

// EachUnratedCDR hands the unrated records of one day (YYYY-MM-DD),
// optionally of one number, to fn a page at a time: the client never holds
// more than one page.
func (c *Client) EachUnratedCDR(ctx context.Context, date, number string, fn func([]CDR) error) error {
	params := url.Values{"date": {date}}
	setIf(params, "number", number)
	return c.eachCDRPage(ctx, "read unrated call detail records", "unratedCallDetailRecord", params, fn)
}

// EachRatedCDR does the same for the rated records of a month (YYYY-MM).
func (c *Client) EachRatedCDR(ctx context.Context, month, number string, fn func([]CDR) error) error {
	params := url.Values{"month": {month}}
	setIf(params, "number", number)
	return c.eachCDRPage(ctx, "read rated call detail records", "ratedCallDetailRecord", params, fn)
}

func (c *Client) eachCDRPage(ctx context.Context, op, resource string, params url.Values, fn func([]CDR) error) error {
	var fnErr error
	err := c.onBilling(ctx, resource, func(form billingForm) error {
		return eachPage(ctx, c, op, form.path(resource), params, func(page *cdrPage) int {
			c.billing.answered(form)
			if fnErr == nil {
				fnErr = fn(page.Records)
			}
			if fnErr != nil {
				return 0
			}
			return len(page.Records)
		}, func(page *cdrPage) int { return page.TotalCount })
	})
	if fnErr != nil {
		return fnErr
	}
	return err
}

// ConsolidatedRequest is a request for one file of unrated records.
type ConsolidatedRequest struct {
	RequestID string `json:"requestId"`
	Status    string `json:"status"`
}

// RequestConsolidatedCDRs asks Colt to build one file of the unrated records
// from fromDate to toDate (YYYY-MM-DD, at most 31 days).
func (c *Client) RequestConsolidatedCDRs(ctx context.Context, fromDate, toDate, number string) (*ConsolidatedRequest, error) {
	body := map[string]string{"fromDate": fromDate, "toDate": toDate}
	if number != "" {
		body["number"] = number
	}
	var out ConsolidatedRequest
	const resource = "generateConsolidatedUnratedCallDetailRecord"
	err := c.onBilling(ctx, resource, func(form billingForm) error {
		return c.do(ctx, call{
			op: "request consolidated call detail records", method: http.MethodPost, path: form.path(resource), body: body,
			// Asking twice builds the same file twice, which harms nothing;
			// a 404 means the gateway has no such path, so nothing was asked.
			idempotent: true,
		}, &out)
	})
	return &out, err
}

// DownloadConsolidatedCDRs fetches a requested file. While Colt is still
// building it, ready is false. Records are parsed and handed to fn one at a
// time as the file streams in.
func (c *Client) DownloadConsolidatedCDRs(ctx context.Context, requestID string, fn func(CDR) error) (ready bool, err error) {
	resource := "consolidatedUnratedCallDetailRecord/" + url.PathEscape(requestID)
	err = c.onBilling(ctx, resource, func(form billingForm) error {
		return c.do(ctx, call{
			op: "download consolidated call detail records", method: http.MethodGet, path: form.path(resource), idempotent: true,
			read: func(contentType string, body io.Reader) error {
				c.billing.answered(form)
				media, _, _ := mime.ParseMediaType(contentType)
				if media == "application/json" {
					var pending ConsolidatedRequest
					return json.NewDecoder(body).Decode(&pending)
				}
				ready = true
				return parseCDRFile(body, fn)
			},
		}, nil)
	})
	return ready, err
}

// parseCDRFile reads Colt's consolidated format: per record the 19 fields
// separated by ';' and a line feed after field 19 (the end-of-record
// marker, whose value is not used). Quoted fields follow RFC 4180, so a
// value may hold ';'; a stray quote is an error.
func parseCDRFile(r io.Reader, fn func(CDR) error) error {
	cr := csv.NewReader(r)
	cr.Comma = ';'
	cr.FieldsPerRecord = len(CDRFields)
	cr.ReuseRecord = true
	for {
		f, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("consolidated call detail records: %w", err)
		}
		line, _ := cr.FieldPos(0)
		duration, err1 := strconv.ParseInt(f[4], 10, 64)
		chargeable, err2 := strconv.ParseInt(f[15], 10, 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("consolidated call detail records, line %d: durations are not whole seconds", line)
		}
		err = fn(CDR{
			RecordID: f[0], CallDate: f[1], StartTime: f[2], EndTime: f[3], DurationSeconds: duration,
			CallingNumber: f[5], CalledNumber: f[6], Direction: f[7], CallType: f[8], OriginCountry: f[9],
			DestinationCountry: f[10], TrunkGroupID: f[11], CustomerReference: f[12], OrderID: f[13],
			EndCustomerName: f[14], ChargeableSeconds: chargeable, ReleaseCause: f[16], RoutingNumber: f[17],
		})
		if err != nil {
			return err
		}
	}
}

// Charge is one non-usage charge.
type Charge struct {
	ChargeID    string `json:"chargeId"`
	ChargeType  string `json:"chargeType"`
	Number      string `json:"number"`
	OrderID     string `json:"orderId"`
	ChargeDate  string `json:"chargeDate"`
	Amount      string `json:"amount"`
	Description string `json:"description"`
}

// NonUsageReport lists a month's non-usage charges (activations, port-ins).
type NonUsageReport struct {
	Month    string   `json:"month"`
	Currency string   `json:"currency"`
	Charges  []Charge `json:"charges"`
	Total    string   `json:"total"`
}

// GetNonUsageReport reads the non-usage report of a month (YYYY-MM).
func (c *Client) GetNonUsageReport(ctx context.Context, month string) (*NonUsageReport, error) {
	var out NonUsageReport
	const resource = "nonUsageReport"
	err := c.onBilling(ctx, resource, func(form billingForm) error {
		return c.do(ctx, call{
			op: "read non-usage report", method: http.MethodGet, path: form.path(resource),
			query: url.Values{"month": {month}}, idempotent: true,
		}, &out)
	})
	return &out, err
}
