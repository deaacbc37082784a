package mock

import (
	"fmt"
	"net/http"
	"testing"
)

// Germany's BNetzA approval binds assigning more than 100 numbers to an
// end customer (activation, port-in), not reserving them.
func TestGermanApprovalAtAssignment(t *testing.T) {
	e := newEnv(t)
	block := poolNumbers("DE", "30", 150)
	res := e.done(typeReservation, `{"customerReference":"de","countryCode":"DE","quantity":150}`)
	if res.Status != orderCompleted || len(res.Numbers) != 150 {
		t.Fatalf("a German reservation of 150 without approval: %+v", res)
	}
	wantRow(t, e.call(http.MethodPost, orderURL(typeActivation), activateBody("de-act", block, "Acme")), "400/202")
	// Updates of numbers already assigned need none; 100 numbers need none.
	wantRow(t, e.call(http.MethodPost, orderURL(typeUpdateCustomer), activateBody("de-upd", block, "Acme")), "409/205")
	withApproval := fmt.Sprintf(`{"customerReference":"de-act","numbers":%s,"endCustomer":{"name":"Acme"},"regulatorApprovalReference":"BNetzA-7"}`, jsonList(block))
	act := e.done(typeActivation, withApproval)
	if act.Status != orderCompleted || act.RegulatorApprovalReference != "BNetzA-7" {
		t.Fatalf("activation with approval: %+v", act)
	}
	if upd := e.done(typeUpdateCustomer, activateBody("de-upd", block, "Acme GmbH")); upd.Status != orderCompleted {
		t.Fatalf("update of assigned numbers: %+v", upd)
	}
	small := e.done(typeReservation, `{"customerReference":"de-small","countryCode":"DE","areaCode":"89","quantity":100}`)
	if act := e.done(typeActivation, activateBody("de-small-act", small.Numbers, "Acme")); act.Status != orderCompleted {
		t.Fatalf("activation of 100: %+v", act)
	}

	ported := poolNumbers("DE", "69", 150)
	port := func(approval string) string {
		return fmt.Sprintf(`{"customerReference":"de-port","countryCode":"DE","numbers":%s,"losingCarrier":"OldCo","requestedDate":%q,"endCustomer":{"name":"Acme"}%s}`,
			jsonList(ported), e.today(), approval)
	}
	wantRow(t, e.call(http.MethodPost, orderURL(typePortIn), port("")), "400/202")
	if p := e.done(typePortIn, port(`,"regulatorApprovalReference":"BNetzA-8"`)); p.Status != orderCompleted || p.RegulatorApprovalReference != "BNetzA-8" {
		t.Fatalf("port-in with approval: %+v", p)
	}
}
