package mock

import (
	"net/http"
	"testing"
	"time"
)

func (e *env) nonUsage(month string) nonUsageReport {
	e.t.Helper()
	var out nonUsageReport
	e.getJSON(nonUsagePath+"?month="+month, &out)
	return out
}

func TestNonUsageReport(t *testing.T) {
	e := newEnv(t)
	numbers, _, act := e.activated("nu", 0, 2, "Acme")
	e.done(typeReservation, reserveBody("nu-held", gb(10, 1))) // no charge
	standard := e.portedIn("nu-port", "+441611234567", "standard")
	night := e.portedIn("nu-night", "+441611234568", "outOfHours")
	e.s.FailNextOrders(1, "PORT_REJECTED", "refused")
	e.done(typePortIn, portInJSON("nu-failed", "OldCo", e.today(), []string{"+441611234569"})) // no charge
	e.done(typeUpdateCustomer, activateBody("nu-upd", numbers, "Acme Ltd"))                    // no charge

	got := e.nonUsage("2026-03")
	type row struct{ kind, number, order, amount string }
	want := []row{
		{"activation", numbers[0], act.OrderID, "1.50"},
		{"activation", numbers[1], act.OrderID, "1.50"},
		{"portIn", "+441611234567", standard.OrderID, "5.00"},
		{"portIn", "+441611234568", night.OrderID, "5.00"},
		{"outOfHoursPortIn", "+441611234568", night.OrderID, "20.00"},
	}
	if got.Month != "2026-03" || got.Currency != "EUR" || got.Total != "33.00" || len(got.Charges) != len(want) {
		t.Fatalf("report %+v", got)
	}
	ids := map[string]bool{}
	for i, c := range got.Charges {
		w := want[i]
		if c.ChargeType != w.kind || c.Number != w.number || c.OrderID != w.order || c.Amount != w.amount ||
			c.ChargeDate != "2026-03-01" || c.Description == "" || ids[c.ChargeID] {
			t.Errorf("charge %d: %+v, want %+v", i, c, w)
		}
		ids[c.ChargeID] = true
	}
	if got.Charges[4].ChargeID != "CHG-"+night.OrderID+"-002" {
		t.Errorf("charge id %s", got.Charges[4].ChargeID)
	}
	if other := e.as(e.other, http.MethodGet, nonUsagePath+"?month=2026-03", ""); other.status != http.StatusOK ||
		string(other.body) != `{"month":"2026-03","currency":"EUR","charges":[],"total":"0.00"}`+"\n" {
		t.Errorf("other client: %s", other.body)
	}
	if feb := e.nonUsage("2026-02"); len(feb.Charges) != 0 || feb.Total != "0.00" {
		t.Errorf("February %+v", feb)
	}
	// April: an activation completed then; March is unchanged.
	e.clock.Advance(31 * 24 * time.Hour)
	e.activated("nu-apr", 20, 1, "Acme")
	if apr := e.nonUsage("2026-04"); len(apr.Charges) != 1 || apr.Total != "1.50" || apr.Charges[0].ChargeDate != "2026-04-01" {
		t.Errorf("April %+v", apr)
	}
	if mar := e.nonUsage("2026-03"); mar.Total != "33.00" {
		t.Errorf("March later %+v", mar)
	}
	for _, q := range []string{"month=2026-05", "", "month=2026-4", "month=2026-04-01"} {
		wantRow(t, e.call(http.MethodGet, nonUsagePath+"?"+q, ""), "400/131")
	}
}
