package api

import (
	"context"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// The client's address, VAT and billing requests, and the answers to them,
// match colt.yaml.
func TestClientVoiceRequestsFollowSpec(t *testing.T) {
	env := newNumberEnv(t, true)
	c := newContractClient(t, env.ts.URL)
	ctx := context.Background()

	book := mock.KnownAddress("ES")
	v, err := c.ValidateAddress(ctx, colt.Address{
		Country: "ES", HouseNumber: book["houseNumber"], StreetName: book["streetName"], City: book["city"],
		PostalCode: book["postalCode"], StreetType: book["streetType"], Province: book["province"],
	})
	if err != nil || v.Result != colt.AddressValid {
		t.Fatalf("validate: %+v %v", v, err)
	}
	if a, err := c.GetAddress(ctx, v.Address.AddressID); err != nil || a.Country != "ES" {
		t.Fatalf("address: %+v %v", a, err)
	}
	lat, lon, _ := mock.KnownCoordinates("DE")
	if lac, err := c.LocalAreaCode(ctx, colt.LACQuery{Country: "DE", Latitude: &lat, Longitude: &lon}); err != nil || lac.LocalAreaCode == "" {
		t.Fatalf("LAC DE: %+v %v", lac, err)
	}
	if lac, err := c.LocalAreaCode(ctx, colt.LACQuery{Country: "GB", PostalCode: mock.KnownAddress("GB")["postalCode"]}); err != nil || len(lac.ValidLAC) == 0 {
		t.Fatalf("LAC GB: %+v %v", lac, err)
	}
	number, name, _ := mock.ValidVAT("ES")
	if check, err := c.CheckVAT(ctx, "ES", number, name); err != nil || !check.Usable() {
		t.Fatalf("VAT: %+v %v", check, err)
	}

	// Billing needs active numbers.
	o, _, err := c.Reserve(ctx, "bill", colt.ReservationRequest{CountryCode: "GB", AreaCode: "20", Quantity: 5})
	if err != nil {
		t.Fatal(err)
	}
	env.clock.Advance(2 * orderDelay)
	if _, err := c.PlaceActivation(ctx, colt.AssignmentRequest{
		CustomerReference: "bill:1", Numbers: o.Numbers, EndCustomer: colt.EndCustomer{Name: `ACME; "Best" Ltd`},
	}); err != nil {
		t.Fatal(err)
	}
	env.clock.Advance(2*orderDelay + 30*time.Hour)
	day := env.clock.Now().AddDate(0, 0, -1).Format(time.DateOnly)
	var daily int
	if err := c.EachUnratedCDR(ctx, day, "", func(page []colt.CDR) error { daily += len(page); return nil }); err != nil {
		t.Fatal(err)
	}
	month := env.clock.Now().AddDate(0, -1, 0).Format("2006-01")
	if err := c.EachRatedCDR(ctx, month, o.Numbers[0], func([]colt.CDR) error { return nil }); err != nil {
		t.Fatal(err)
	}
	req, err := c.RequestConsolidatedCDRs(ctx, day, day, "")
	if err != nil {
		t.Fatal(err)
	}
	if ready, err := c.DownloadConsolidatedCDRs(ctx, req.RequestID, func(colt.CDR) error { return nil }); err != nil || ready {
		t.Fatalf("download before ready: %v %v", ready, err)
	}
	env.clock.Advance(2 * orderDelay)
	var file int
	ready, err := c.DownloadConsolidatedCDRs(ctx, req.RequestID, func(r colt.CDR) error {
		if r.EndCustomerName != `ACME; "Best" Ltd` {
			t.Errorf("end customer %q: the separator or quotes did not survive the file", r.EndCustomerName)
		}
		file++
		return nil
	})
	if err != nil || !ready || file != daily || daily == 0 {
		t.Fatalf("consolidated file: ready %v, %d records (daily %d), %v", ready, file, daily, err)
	}
	if _, err := c.GetNonUsageReport(ctx, env.clock.Now().Format("2006-01")); err != nil {
		t.Fatal(err)
	}
	files, err := c.ListNonUsageReportFiles(ctx, env.clock.Now().Format("2006-01"))
	if err != nil || len(files) != 1 {
		t.Fatalf("report files %+v %v", files, err)
	}
	if content, err := c.DownloadNonUsageReportFile(ctx, files[0].FileName); err != nil || int64(len(content)) != files[0].Size {
		t.Fatalf("report file %q %v", content, err)
	}
}
