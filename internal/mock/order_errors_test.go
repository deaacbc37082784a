package mock

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// poolNumbers returns the first n numbers of an area's pool.
func poolNumbers(code, area string, n int) []string {
	out := make([]string, n)
	for i := range n {
		out[i] = poolFor(code, area).number(i)
	}
	return out
}

// manyGB is 1001 distinct E.164 GB numbers.
func manyGB() []string {
	out := make([]string, 1001)
	for i := range out {
		out[i] = fmt.Sprintf("+4416100%05d", i)
	}
	return out
}

// Every error row of the number-management spec, produced by the request
// that causes it. setup runs on a fresh mock and may return a value that
// replaces {id} in path and body.
func TestOrderErrorRows(t *testing.T) {
	post := http.MethodPost
	get := http.MethodGet
	res, act, upd, ret := orderURL(typeReservation), orderURL(typeActivation), orderURL(typeUpdateCustomer), orderURL(typeReturn)
	pin, pup := orderURL(typePortIn), orderURL(typePortUpdate)
	ported := []string{"+441611234567"}
	tomorrow := "2026-03-02" // the fake clock starts on 2026-03-01

	reserved := func(e *env) string { return e.done(typeReservation, reserveBody("r1", gb(0, 2))).OrderID }
	activated := func(e *env) string {
		e.done(typeReservation, reserveBody("r1", gb(0, 2)))
		return e.done(typeActivation, activateBody("a1", gb(0, 2), "Acme")).OrderID
	}
	portIn := func(e *env) string {
		return e.place(e.token, typePortIn, portInJSON("p1", "OldCo", tomorrow, ported), http.StatusCreated).OrderID
	}

	cases := []struct {
		name         string
		setup        func(*env) string
		method, path string
		body         string
		row          string
	}{
		// 400/100: the body (or, on lists, a query parameter) is not what the operation takes.
		{name: "malformed JSON", method: post, path: res, body: `{"customerReference":`, row: "400/100"},
		{name: "empty body", method: post, path: res, body: ``, row: "400/100"},
		{name: "not an object", method: post, path: res, body: `[1]`, row: "400/100"},
		{name: "trailing data", method: post, path: ret, body: returnBodyFor("x", gb(0, 1)) + `{}`, row: "400/100"},
		{name: "unknown field", method: post, path: res, body: `{"customerReference":"x","countryCode":"GB","quantity":1,"colour":"red"}`, row: "400/100"},
		{name: "mistyped field", method: post, path: res, body: `{"customerReference":"x","countryCode":"GB","quantity":"1"}`, row: "400/100"},
		{name: "customerReference missing", method: post, path: res, body: `{"countryCode":"GB","quantity":1}`, row: "400/100"},
		{name: "customerReference bad characters", method: post, path: res, body: `{"customerReference":"a b","countryCode":"GB","quantity":1}`, row: "400/100"},
		{name: "customerReference too long", method: post, path: ret, body: returnBodyFor(strings.Repeat("x", 65), gb(0, 1)), row: "400/100"},
		{name: "countryCode missing", method: post, path: res, body: `{"customerReference":"x","quantity":1}`, row: "400/100"},
		{name: "numbers and quantity", method: post, path: res, body: `{"customerReference":"x","countryCode":"GB","quantity":1,"numbers":["+442071230000"]}`, row: "400/100"},
		{name: "neither numbers nor quantity", method: post, path: res, body: `{"customerReference":"x","countryCode":"GB"}`, row: "400/100"},
		{name: "duplicate numbers", method: post, path: ret, body: returnBodyFor("x", append(gb(0, 1), gb(0, 1)...)), row: "400/100"},
		{name: "numbers missing", method: post, path: act, body: `{"customerReference":"x","endCustomer":{"name":"Acme"}}`, row: "400/100"},
		{name: "endCustomer missing", method: post, path: act, body: `{"customerReference":"x","numbers":["+442071230000"]}`, row: "400/100"},
		{name: "endCustomer.name missing", method: post, path: upd, body: `{"customerReference":"x","numbers":["+442071230000"],"endCustomer":{}}`, row: "400/100"},
		{name: "portIn endCustomer missing", method: post, path: pin, body: `{"customerReference":"x","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"OldCo","requestedDate":"2026-03-02"}`, row: "400/100"},
		{name: "portInOrderId missing", method: post, path: pup, body: `{"customerReference":"x","cancel":true}`, row: "400/100"},
		{name: "order query: bad orderType", method: get, path: orderPath + "?orderType=purchase", row: "400/100"},
		{name: "order query: bad status", method: get, path: orderPath + "?status=Done", row: "400/100"},
		{name: "inventory: bad status", method: get, path: inventoryPath + "?status=Free", row: "400/100"},

		// 400/101
		{name: "reservation in UK", method: post, path: res, body: `{"customerReference":"x","countryCode":"UK","quantity":1}`, row: "400/101"},
		{name: "portIn in US", method: post, path: pin, body: `{"customerReference":"x","countryCode":"US","numbers":["+12025550100"],"losingCarrier":"OldCo","requestedDate":"2026-03-02","endCustomer":{"name":"Acme"}}`, row: "400/101"},
		{name: "inventory in XX", method: get, path: inventoryPath + "?countryCode=XX", row: "400/101"},
		{name: "free numbers without country", method: get, path: freeNumberPath, row: "400/101"},

		// 400/102
		{name: "quantity 0", method: post, path: res, body: `{"customerReference":"x","countryCode":"GB","quantity":0}`, row: "400/102"},
		{name: "quantity 1001", method: post, path: res, body: `{"customerReference":"x","countryCode":"GB","quantity":1001}`, row: "400/102"},
		{name: "1001 numbers to reserve", method: post, path: res, body: reserveBody("x", manyGB()), row: "400/102"},
		{name: "1001 numbers to return", method: post, path: ret, body: returnBodyFor("x", manyGB()), row: "400/102"},
		{name: "free numbers quantity 101", method: get, path: freeNumberPath + "?countryCode=GB&quantity=101", row: "400/102"},

		// 400/103
		{name: "reservation area code not digits", method: post, path: res, body: `{"customerReference":"x","countryCode":"GB","areaCode":"2x","quantity":1}`, row: "400/103"},
		{name: "reservation area code too long", method: post, path: res, body: `{"customerReference":"x","countryCode":"DK","areaCode":"12345","quantity":1}`, row: "400/103"},

		// 400/104
		{name: "reserve a non-E.164 number", method: post, path: res, body: reserveBody("x", []string{"02071230000"}), row: "400/104"},
		{name: "reserve a French number in GB", method: post, path: res, body: reserveBody("x", []string{"+33171230000"}), row: "400/104"},
		{name: "activate a US number", method: post, path: act, body: activateBody("x", []string{"+12025550100"}, "Acme"), row: "400/104"},
		{name: "return a non-E.164 number", method: post, path: ret, body: returnBodyFor("x", []string{"+44"}), row: "400/104"},
		{name: "port in a French number to GB", method: post, path: pin, body: portInJSON("x", "OldCo", tomorrow, []string{"+33171230000"}), row: "400/104"},
		{name: "inventory range start not E.164", method: get, path: inventoryPath + "?numberRangeStart=442071230000", row: "400/104"},
		{name: "inventory range of different lengths", method: get, path: inventoryPath + "?numberRangeStart=%2B442071230000&numberRangeEnd=%2B4420712300001", row: "400/104"},
		{name: "inventory range reversed", method: get, path: inventoryPath + "?numberRangeStart=%2B442071230009&numberRangeEnd=%2B442071230000", row: "400/104"},

		// 400/105
		{name: "free numbers limit 0", method: get, path: freeNumberPath + "?countryCode=GB&limit=0", row: "400/105"},
		{name: "free numbers offset -1", method: get, path: freeNumberPath + "?countryCode=GB&offset=-1", row: "400/105"},
		{name: "orders limit 201", method: get, path: orderPath + "?limit=201", row: "400/105"},
		{name: "inventory offset not a number", method: get, path: inventoryPath + "?offset=ten", row: "400/105"},

		// 409/201
		{name: "reserve reserved numbers", setup: reserved, method: post, path: res, body: reserveBody("r2", gb(1, 2)), row: "409/201"},
		{name: "reserve numbers a pending reservation holds", setup: func(e *env) string {
			return e.place(e.token, typeReservation, reserveBody("r1", gb(0, 1)), http.StatusCreated).OrderID
		}, method: post, path: res, body: reserveBody("r2", gb(0, 1)), row: "409/201"},
		{name: "reserve a number outside the pool", method: post, path: res, body: reserveBody("x", []string{"+441611234567"}), row: "409/201"},
		{name: "port in a reserved number", setup: reserved, method: post, path: pin, body: portInJSON("p", "OldCo", tomorrow, gb(1, 1)), row: "409/201"},
		{name: "port in a number being ported", setup: portIn, method: post, path: pin, body: portInJSON("p2", "OldCo", tomorrow, ported), row: "409/201"},

		// 400/202
		{name: "activate 101 German numbers", method: post, path: act, body: activateBody("x", poolNumbers("DE", "30", 101), "Acme"), row: "400/202"},
		{name: "port in 101 German numbers", method: post, path: pin, body: fmt.Sprintf(`{"customerReference":"x","countryCode":"DE","numbers":%s,"losingCarrier":"OldCo","requestedDate":"2026-03-02","endCustomer":{"name":"Acme"}}`,
			jsonList(poolNumbers("DE", "69", 101))), row: "400/202"},

		// 400/203
		{name: "activate Portuguese numbers without VAT", method: post, path: act, body: activateBody("x", poolNumbers("PT", "21", 1), "Acme"), row: "400/203"},
		{name: "update Finnish numbers without VAT", method: post, path: upd, body: activateBody("x", poolNumbers("FI", "9", 1), "Acme"), row: "400/203"},
		{name: "activate Spanish numbers without VAT", method: post, path: act, body: activateBody("x", poolNumbers("ES", "91", 1), "Acme"), row: "400/203"},
		{name: "port in to Portugal without VAT", method: post, path: pin, body: `{"customerReference":"x","countryCode":"PT","numbers":["+351221234567"],"losingCarrier":"OldCo","requestedDate":"2026-03-02","endCustomer":{"name":"Acme"}}`, row: "400/203"},

		// 400/204
		{name: "activate Spanish numbers without name", method: post, path: act, body: fmt.Sprintf(`{"customerReference":"x","numbers":%s,"endCustomer":{"name":"","registrationNumber":"B12345678"}}`, jsonList(poolNumbers("ES", "91", 1))), row: "400/204"},
		{name: "port in to Spain without name", method: post, path: pin, body: `{"customerReference":"x","countryCode":"ES","numbers":["+34931234567"],"losingCarrier":"OldCo","requestedDate":"2026-03-02","endCustomer":{"name":" ","registrationNumber":"B12345678"}}`, row: "400/204"},

		// 409/205
		{name: "activate numbers not reserved", method: post, path: act, body: activateBody("x", gb(0, 1), "Acme"), row: "409/205"},
		{name: "activate activated numbers", setup: activated, method: post, path: act, body: activateBody("x", gb(0, 1), "Acme"), row: "409/205"},
		{name: "update reserved numbers", setup: reserved, method: post, path: upd, body: activateBody("x", gb(0, 1), "Acme"), row: "409/205"},
		{name: "return numbers being ported", setup: portIn, method: post, path: ret, body: returnBodyFor("x", ported), row: "409/205"},
		{name: "activate numbers a pending return holds", setup: func(e *env) string {
			e.done(typeReservation, reserveBody("r1", gb(0, 2)))
			return e.place(e.token, typeReturn, returnBodyFor("ret", gb(0, 1)), http.StatusCreated).OrderID
		}, method: post, path: act, body: activateBody("x", gb(0, 1), "Acme"), row: "409/205"},

		// 404/206
		{name: "unknown order", method: get, path: orderPath + "/ORD-99999999", row: "404/206"},
		{name: "port update of an unknown order", method: post, path: pup, body: `{"customerReference":"x","portInOrderId":"ORD-99999999","cancel":true}`, row: "404/206"},
		{name: "port update of a reservation", setup: reserved, method: post, path: pup, body: `{"customerReference":"x","portInOrderId":"{id}","cancel":true}`, row: "404/206"},

		// 400/207
		{name: "port in without losingCarrier", method: post, path: pin, body: portInJSON("x", "", tomorrow, ported), row: "400/207"},
		{name: "port in yesterday", method: post, path: pin, body: portInJSON("x", "OldCo", "2026-02-28", ported), row: "400/207"},
		{name: "port in on a malformed date", method: post, path: pin, body: portInJSON("x", "OldCo", "02/03/2026", ported), row: "400/207"},
		{name: "port in without date", method: post, path: pin, body: `{"customerReference":"x","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"OldCo","endCustomer":{"name":"Acme"}}`, row: "400/207"},
		{name: "port in at night", method: post, path: pin, body: `{"customerReference":"x","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"OldCo","requestedDate":"2026-03-02","requestedWindow":"night","endCustomer":{"name":"Acme"}}`, row: "400/207"},
		{name: "port update with nothing to change", setup: portIn, method: post, path: pup, body: `{"customerReference":"x","portInOrderId":"{id}"}`, row: "400/207"},
		{name: "port update to a past date", setup: portIn, method: post, path: pup, body: `{"customerReference":"x","portInOrderId":"{id}","requestedDate":"2025-12-31"}`, row: "400/207"},

		// 409/208
		{name: "port update of a completed port-in", setup: func(e *env) string {
			return e.done(typePortIn, portInJSON("p1", "OldCo", tomorrow, ported)).OrderID
		}, method: post, path: pup, body: `{"customerReference":"x","portInOrderId":"{id}","requestedWindow":"outOfHours"}`, row: "409/208"},
		{name: "port update of a cancelled port-in", setup: func(e *env) string {
			id := portIn(e)
			e.done(typePortUpdate, fmt.Sprintf(`{"customerReference":"cancel","portInOrderId":%q,"cancel":true}`, id))
			return id
		}, method: post, path: pup, body: `{"customerReference":"x","portInOrderId":"{id}","cancel":true}`, row: "409/208"},

		// 409/301
		{name: "reference reused with other numbers", setup: reserved, method: post, path: res, body: reserveBody("r1", gb(5, 2)), row: "409/301"},
		{name: "reference reused for another order type", setup: reserved, method: post, path: ret, body: returnBodyFor("r1", gb(0, 2)), row: "409/301"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			id := ""
			if tc.setup != nil {
				id = tc.setup(e)
			}
			got := e.call(tc.method, strings.ReplaceAll(tc.path, "{id}", id), strings.ReplaceAll(tc.body, "{id}", id))
			apiErr := got.apiError(t)
			if row := fmt.Sprintf("%d/%s", got.status, apiErr.Code); row != tc.row {
				t.Fatalf("row %s, want %s: %s", row, tc.row, got.body)
			}
			if apiErr.Message == "" || apiErr.Reason == "" {
				t.Errorf("incomplete error %+v", apiErr)
			}
			if strings.HasPrefix(tc.row, "400/") && apiErr.Reason != reasonValidation {
				t.Errorf("reason %q", apiErr.Reason)
			}
			if tc.method == post {
				placed := e.s.OrdersPlaced()
				if tc.setup == nil && len(placed) != 0 {
					t.Errorf("a rejected request placed an order: %v", placed)
				}
			}
		})
	}
}

// The details of 409 rows say what to look at.
func TestConflictDetails(t *testing.T) {
	e := newEnv(t)
	first := e.done(typeReservation, reserveBody("r1", gb(0, 3)))
	res := e.call(http.MethodPost, orderURL(typeReservation), reserveBody("r1", gb(3, 1)))
	if d := res.apiError(t).Details; d != first.OrderID {
		t.Errorf("409/301 details %q, want the existing order id %s", d, first.OrderID)
	}
	res = e.call(http.MethodPost, orderURL(typeReservation), reserveBody("r2", gb(2, 3)))
	if d := res.apiError(t).Details; !strings.Contains(d, "1 of 3") || !strings.Contains(d, gb(2, 1)[0]) {
		t.Errorf("409/201 details %q, want how many and the first", d)
	}
}
