package colt

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// A month's .r.cat files are listed and downloaded as Colt sends them, in
// either form of the billing paths.
func TestNonUsageReportFiles(t *testing.T) {
	for _, billingV1 := range []bool{false, true} {
		m, c := billingClient(t, billingV1)
		ctx := context.Background()
		clock := newFakeClock()
		m.SetClock(clock.Now)
		o, _, err := c.Reserve(ctx, "nur", ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 3})
		if err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Minute)
		if _, err := c.PlaceActivation(ctx, AssignmentRequest{CustomerReference: "nur:act", Numbers: o.Numbers,
			EndCustomer: EndCustomer{Name: "Acme; Ltd"}}); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Minute)
		month := clock.Now().Format("2006-01")
		files, err := c.ListNonUsageReportFiles(ctx, month)
		if err != nil || len(files) != 1 || !strings.HasSuffix(files[0].FileName, ".r.cat") || files[0].Month != month {
			t.Fatalf("BillingV1=%v: files %+v, %v", billingV1, files, err)
		}
		content, err := c.DownloadNonUsageReportFile(ctx, files[0].FileName)
		if err != nil || int64(len(content)) != files[0].Size || strings.Count(string(content), "\n") != 3 ||
			!strings.Contains(string(content), o.Numbers[0]) {
			t.Fatalf("BillingV1=%v: content %q, %v", billingV1, content, err)
		}
		if other, err := c.ListNonUsageReportFiles(ctx, clock.Now().AddDate(0, -1, 0).Format("2006-01")); err != nil || len(other) != 0 {
			t.Errorf("last month: %+v %v", other, err)
		}
		var apiErr *APIError
		if _, err := c.DownloadNonUsageReportFile(ctx, "nonusage-1999-01.r.cat"); !errors.As(err, &apiErr) || apiErr.Row() != "404/133" {
			t.Errorf("unknown file: %v", err)
		}
	}
}
