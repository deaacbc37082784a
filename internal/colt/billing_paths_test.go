package colt

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const (
	unratedDocumented = "GET /usageManagement/unratedCallDetailRecord"
	unratedV1         = "GET /usageManagement/v1/unratedCallDetailRecord"
	reportDocumented  = "GET /usageManagement/nonUsageReport"
	reportV1          = "GET /usageManagement/v1/nonUsageReport"
)

func billingClient(t *testing.T, billingV1 bool) (*mock.Server, *Client) {
	t.Helper()
	a := mock.DefaultAssumptions()
	a.BillingV1 = billingV1
	m, url := startMock(t, mock.Config{Assumptions: &a})
	return m, newClient(t, testConfig(t, url))
}

func readBilling(ctx context.Context, c *Client) error {
	today := time.Now().UTC().Format(time.DateOnly)
	if err := c.EachUnratedCDR(ctx, today, "", func([]CDR) error { return nil }); err != nil {
		return err
	}
	_, err := c.GetNonUsageReport(ctx, today[:7])
	return err
}

// Where the gateway serves billing under /v1, the client asks the documented
// path once, falls back, and keeps using /v1.
func TestBillingFallsBackToV1Once(t *testing.T) {
	m, c := billingClient(t, true)
	ctx := context.Background()
	for range 3 {
		if err := readBilling(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	stats := m.Stats().APIRequests
	if stats[unratedDocumented]+stats[reportDocumented] != 1 || stats[unratedV1] != 3 || stats[reportV1] != 3 {
		t.Errorf("requests %v: want one documented-path 404, then /v1 only", stats)
	}
}

// Where the gateway serves the documented paths, /v1 is never asked.
func TestBillingDocumentedPathsNoFallback(t *testing.T) {
	m, c := billingClient(t, false)
	for range 2 {
		if err := readBilling(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
	stats := m.Stats().APIRequests
	if stats[unratedDocumented] != 2 || stats[reportDocumented] != 2 || stats[unratedV1]+stats[reportV1] != 0 {
		t.Errorf("requests %v: want the documented paths only", stats)
	}
}

// Concurrent first calls find the form out once between them.
func TestBillingFormFoundOnceUnderConcurrency(t *testing.T) {
	m, c := billingClient(t, true)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- readBilling(context.Background(), c)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	stats := m.Stats().APIRequests
	if stats[unratedDocumented]+stats[reportDocumented] != 1 || stats[unratedV1]+stats[reportV1] != 16 {
		t.Errorf("requests %v: want one documented-path 404 in all", stats)
	}
}

// Only a 404 makes the client try /v1: any other answer is Colt's answer
// at the documented path, and it is kept.
func TestBillingFallbackOnlyOn404(t *testing.T) {
	m, c := billingClient(t, false)
	ctx := context.Background()
	var apiErr *APIError
	if _, err := c.GetNonUsageReport(ctx, "2026-13"); !errors.As(err, &apiErr) || apiErr.Row() != "400/131" {
		t.Fatalf("err %v, want the documented path's 400/131", err)
	}
	// The documented form answered: a later 404 there is Colt's answer too.
	if _, err := c.DownloadConsolidatedCDRs(ctx, "CDRREQ-9999", func(CDR) error { return nil }); !errors.As(err, &apiErr) || apiErr.Row() != "404/132" {
		t.Fatalf("err %v, want 404/132", err)
	}
	for key, n := range m.Stats().APIRequests {
		if strings.Contains(key, "/usageManagement/v1/") {
			t.Errorf("%s asked %d times: the client fell back without a 404", key, n)
		}
	}

	// Neither form answers: the documented path's error is reported, and
	// nothing is remembered.
	_, fresh := billingClient(t, false)
	if _, err := fresh.DownloadConsolidatedCDRs(ctx, "CDRREQ-9999", func(CDR) error { return nil }); !errors.As(err, &apiErr) ||
		apiErr.Row() != "404/132" || apiErr.Path != "/usageManagement/consolidatedUnratedCallDetailRecord/CDRREQ-9999" {
		t.Fatalf("err %v, want the documented path's 404/132", err)
	}
	if fresh.billing.known() != billingUnknown {
		t.Errorf("form %d remembered after two 404s", fresh.billing.known())
	}
}
