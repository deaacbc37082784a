package mock

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
)

// Assumption: the VAT answer's field names. Under "alt" the same verdict
// comes with VIES's names, and none of the modelled ones.
func TestVATShapeAlt(t *testing.T) {
	e := newEnv(t)
	number, name, _ := ValidVAT("ES")
	body := fmt.Sprintf(`{"countryCode":"ES","vatNumber":%q,"companyName":%q}`, number, name)
	if err := e.s.SetAssumptions(Assumptions{OrderSearch: true, OrderReplay: true, TotalCount: true, VATShape: "alt"}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	e.postJSON(vatPath, body, http.StatusOK, &got)
	for _, modelled := range []string{"valid", "registeredName", "nameMatches", "checkedAt"} {
		if _, ok := got[modelled]; ok {
			t.Errorf("alt answer has the modelled field %q: %v", modelled, got)
		}
	}
	if got["isValid"] != true || got["name"] != name || got["traderNameMatch"] != "VALID" || got["vatNumber"] != number {
		t.Errorf("alt answer %v", got)
	}
	e.s.Reset()
	if v := e.checkVAT(body); !v.Valid || v.NameMatches == nil {
		t.Errorf("Reset restores the modelled answer: %+v", v)
	}
}

// Colt's "NIF/CIF/VAT ID not registered" option (wire name assumed): an
// order flagged so needs no registration number, and carries the flag.
func TestNotRegisteredOrders(t *testing.T) {
	e := newEnv(t)
	numbers := poolNumbers("PT", "21", 1)
	e.done(typeReservation, fmt.Sprintf(`{"customerReference":"nr","countryCode":"PT","numbers":%s}`, jsonList(numbers)))
	wantRow(t, e.call(http.MethodPost, orderURL(typeActivation), activateBody("nr-a", numbers, "Nova Lda")), "400/203")
	o := e.done(typeActivation, fmt.Sprintf(
		`{"customerReference":"nr-a","numbers":%s,"endCustomer":{"name":"Nova Lda","registrationNumberNotRegistered":true}}`, jsonList(numbers)))
	if o.Status != orderCompleted || o.EndCustomer == nil || !o.EndCustomer.RegistrationNumberNotRegistered {
		t.Fatalf("activation %+v", o)
	}
	inv := e.inventory(e.token, "numberRangeStart=%2B"+numbers[0][1:])
	raw, _ := json.Marshal(inv.Numbers)
	if len(inv.Numbers) != 1 || inv.Numbers[0].EndCustomer == nil || !inv.Numbers[0].EndCustomer.RegistrationNumberNotRegistered {
		t.Errorf("inventory %s", raw)
	}
	port := e.done(typePortIn, `{"customerReference":"nr-p","countryCode":"PT","numbers":["+351221234567"],"losingCarrier":"OldCo",`+
		`"requestedDate":"`+e.today()+`","requestedWindow":"standard","endCustomer":{"name":"Nova Lda","registrationNumber":"500000000","registrationNumberNotRegistered":true}}`)
	if port.EndCustomer == nil || !port.EndCustomer.RegistrationNumberNotRegistered {
		t.Errorf("port-in %+v", port)
	}
}
