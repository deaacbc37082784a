package mock

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// Nomadic numbers: searched, reserved and listed as their own series,
// without an area code.
func TestNomadicNumbers(t *testing.T) {
	e := newEnv(t)
	var free freeNumbersResponse
	e.getJSON(freeNumberPath+"?countryCode=DE&numberType=nomadic&quantity=3", &free)
	if len(free.FreeNumbers) != 3 {
		t.Fatalf("free nomadic %+v", free)
	}
	for _, f := range free.FreeNumbers {
		if f.NumberType != kindNomadic || f.AreaCode != "32" || !strings.HasPrefix(f.Number, "+4932") || kindOf("DE", f.Number) != kindNomadic {
			t.Errorf("free nomadic number %+v", f)
		}
	}
	e.getJSON(freeNumberPath+"?countryCode=DE&areaCode=32&quantity=3", &free)
	for _, f := range free.FreeNumbers {
		if f.NumberType != kindGeographic || kindOf("DE", f.Number) != kindGeographic {
			t.Errorf("free geographic number %+v", f)
		}
	}
	wantRow(t, e.call(http.MethodGet, freeNumberPath+"?countryCode=DE&numberType=nomadic&areaCode=30", ""), "400/103")
	wantRow(t, e.call(http.MethodGet, freeNumberPath+"?countryCode=DE&numberType=mobile", ""), "400/100")

	res := e.done(typeReservation, `{"customerReference":"nom","countryCode":"DE","quantity":2,"numberType":"nomadic"}`)
	if res.Status != orderCompleted || res.NumberType != kindNomadic || len(res.Numbers) != 2 || kindOf("DE", res.Numbers[0]) != kindNomadic {
		t.Fatalf("nomadic reservation %+v", res)
	}
	inv := e.inventory(e.token, "customerReference=nom")
	if len(inv.Numbers) != 2 || inv.Numbers[0].NumberType != kindNomadic || inv.Numbers[0].AreaCode != "32" {
		t.Errorf("inventory %+v", inv.Numbers)
	}
	geo := e.done(typeReservation, reserveBody("geo", gb(0, 1)))
	if g := e.inventory(e.token, "customerReference=geo"); geo.NumberType != kindGeographic || g.Numbers[0].NumberType != kindGeographic {
		t.Errorf("geographic reservation %+v, inventory %+v", geo, g.Numbers)
	}
	// Explicit numbers without numberType are of their own kind; one order
	// holds one kind.
	nomadicFree := []string{nomadicPool("DE").number(50), nomadicPool("DE").number(51)}
	byNumbers := e.done(typeReservation, fmt.Sprintf(`{"customerReference":"nom-2","countryCode":"DE","numbers":%s}`, jsonList(nomadicFree)))
	if byNumbers.NumberType != kindNomadic {
		t.Errorf("reservation of nomadic numbers %+v", byNumbers)
	}
	mixed := fmt.Sprintf(`{"customerReference":"x","countryCode":"DE","numbers":%s}`, jsonList([]string{poolNumbers("DE", "30", 9)[8], nomadicPool("DE").number(60)}))
	wantRow(t, e.call(http.MethodPost, orderURL(typeReservation), mixed), "400/104")
	explicit := fmt.Sprintf(`{"customerReference":"x","countryCode":"DE","numbers":%s,"numberType":"nomadic"}`, jsonList(poolNumbers("DE", "30", 1)))
	wantRow(t, e.call(http.MethodPost, orderURL(typeReservation), explicit), "409/201")
	wantRow(t, e.call(http.MethodPost, orderURL(typeReservation), `{"customerReference":"x","countryCode":"DE","areaCode":"30","quantity":1,"numberType":"nomadic"}`), "400/103")
	wantRow(t, e.call(http.MethodPost, orderURL(typeReservation), `{"customerReference":"x","countryCode":"DE","quantity":1,"numberType":"mobile"}`), "400/100")
}

// The inventory is searched by CLI: the number presented as the caller.
func TestInventoryByCLI(t *testing.T) {
	e := newEnv(t)
	e.done(typeReservation, reserveBody("cli", gb(0, 3)))
	inv := e.inventory(e.token, "cli=%2B442071230001")
	if len(inv.Numbers) != 1 || inv.Numbers[0].Number != "+442071230001" {
		t.Errorf("by CLI %+v", inv.Numbers)
	}
	if none := e.inventory(e.token, "cli=%2B442071239999"); len(none.Numbers) != 0 {
		t.Errorf("unknown CLI %+v", none.Numbers)
	}
	wantRow(t, e.call(http.MethodGet, inventoryPath+"?cli=02071230001", ""), "400/104")
}

// Directory service (DSU) entries: taken for SE and ES on activation,
// port-in and update, stored and listed; refused elsewhere.
func TestDirectoryService(t *testing.T) {
	e := newEnv(t)
	se := poolNumbers("SE", "8", 2)
	e.done(typeReservation, fmt.Sprintf(`{"customerReference":"se","countryCode":"SE","numbers":%s}`, jsonList(se)))
	dsu := `"directoryService":{"listedName":"Kund AB","street":"Drottninggatan","houseNumber":"1","postalCode":"111 51","city":"Stockholm"}`
	act := e.done(typeActivation, fmt.Sprintf(`{"customerReference":"se-act","numbers":%s,"endCustomer":{"name":"Kund AB"},%s}`, jsonList(se), dsu))
	if act.Status != orderCompleted || act.DirectoryService == nil || *act.DirectoryService.ListedName != "Kund AB" {
		t.Fatalf("activation %+v", act)
	}
	inv := e.inventory(e.token, "customerReference=se")
	if d := inv.Numbers[0].DirectoryService; d == nil || *d.ListedName != "Kund AB" || d.City != "Stockholm" {
		t.Errorf("inventory DSU %+v", d)
	}
	// An update replaces the entry; one without it clears it.
	e.done(typeUpdateCustomer, fmt.Sprintf(`{"customerReference":"se-upd","numbers":%s,"endCustomer":{"name":"Kund AB"},"directoryService":{"listedName":"Kund"}}`, jsonList(se)))
	if d := e.inventory(e.token, "customerReference=se").Numbers[1].DirectoryService; d == nil || *d.ListedName != "Kund" || d.City != "" {
		t.Errorf("updated DSU %+v", d)
	}
	e.done(typeUpdateCustomer, activateBody("se-upd2", se, "Kund AB"))
	if d := e.inventory(e.token, "customerReference=se").Numbers[0].DirectoryService; d != nil {
		t.Errorf("cleared DSU %+v", d)
	}
	port := e.done(typePortIn, fmt.Sprintf(`{"customerReference":"es-port","countryCode":"ES","numbers":["+34931234567"],"losingCarrier":"OldCo",`+
		`"requestedDate":%q,"endCustomer":{"name":"Cliente SL","registrationNumber":"B12345678"},"directoryService":{"listedName":"Cliente"}}`, e.today()))
	if port.Status != orderCompleted || port.DirectoryService == nil {
		t.Fatalf("port-in %+v", port)
	}
	if d := e.inventory(e.token, "customerReference=es-port").Numbers[0].DirectoryService; d == nil || *d.ListedName != "Cliente" {
		t.Errorf("ported DSU %+v", d)
	}

	gbBody := fmt.Sprintf(`{"customerReference":"x","numbers":%s,"endCustomer":{"name":"A"},"directoryService":{"listedName":"A"}}`, jsonList(gb(0, 1)))
	wantRow(t, e.call(http.MethodPost, orderURL(typeActivation), gbBody), "400/209")
	wantRow(t, e.call(http.MethodPost, orderURL(typePortIn), `{"customerReference":"x","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"OldCo",`+
		`"requestedDate":"`+e.today()+`","endCustomer":{"name":"A"},"directoryService":{"listedName":"A"}}`), "400/209")
	wantRow(t, e.call(http.MethodPost, orderURL(typeActivation), fmt.Sprintf(`{"customerReference":"x","numbers":%s,"endCustomer":{"name":"A"},"directoryService":{"city":"Madrid"}}`,
		jsonList(poolNumbers("ES", "91", 1)))), "400/100")
}
