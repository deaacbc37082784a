package provider

import (
	"context"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// Destroy returns the numbers the plan's refresh showed held without
// reading them again; when one of them has gone since (returned
// elsewhere), Colt refuses the return, and the numbers still held are read
// and returned, so none is left behind.
func TestReturnAfterTheBlockChangedSinceThePlan(t *testing.T) {
	m, client := mockAndClient(t, mock.Config{OrderDelay: 10 * time.Millisecond})
	ctx := context.Background()
	wait := func(o *colt.Order, err error) *colt.Order {
		t.Helper()
		if err == nil {
			o, err = client.WaitForOrder(ctx, o, time.Millisecond, 50*time.Millisecond)
		}
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	o := wait(client.PlaceReservation(ctx, colt.ReservationRequest{CustomerReference: "changed", CountryCode: "GB", AreaCode: "20", Quantity: 3}))
	wait(client.PlaceReturn(ctx, colt.ReturnRequest{CustomerReference: "elsewhere", Numbers: o.Numbers[1:2]}))
	inventoryReads := m.Stats().APIRequests["GET /numberManagement/v1/Number"]

	var diags diag.Diagnostics
	returnNumbers(ctx, client, "changed", o.Numbers, true, &diags)
	if diags.HasError() {
		t.Fatal(diags)
	}
	if left := m.Holdings(mock.DefaultClientID); len(left) != 0 {
		t.Errorf("numbers left at Colt: %v", left)
	}
	if reads := m.Stats().APIRequests["GET /numberManagement/v1/Number"] - inventoryReads; reads == 0 {
		t.Error("the refused return was not followed by a read of the numbers")
	}
}
