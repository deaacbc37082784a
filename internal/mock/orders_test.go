package mock

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"
)

func TestIdempotentReplay(t *testing.T) {
	e := newEnv(t)
	body := reserveBody("replay-1", gb(0, 3))
	first := e.place(e.token, typeReservation, body, http.StatusCreated)
	// Same request, numbers in another order: the same order, 200.
	again := e.place(e.token, typeReservation, reserveBody("replay-1", []string{gb(2, 1)[0], gb(0, 1)[0], gb(1, 1)[0]}), http.StatusOK)
	if again.OrderID != first.OrderID {
		t.Errorf("replay gave order %s, want %s", again.OrderID, first.OrderID)
	}
	if got := e.s.OrdersPlaced(); got[typeReservation] != 1 || len(got) != 1 {
		t.Errorf("OrdersPlaced %v, want reservation: 1", got)
	}
	// The replay returns the order as it is now.
	e.clock.Advance(2 * testDelay)
	if o := e.place(e.token, typeReservation, body, http.StatusOK); o.Status != orderCompleted {
		t.Errorf("replay after completion: status %s", o.Status)
	}
	// Defaults count as sent: directoryListing false, requestedWindow standard,
	// the country's default area code.
	e.place(e.token, typeReservation, `{"customerReference":"q","countryCode":"FR","quantity":2}`, http.StatusCreated)
	e.place(e.token, typeReservation, `{"customerReference":"q","countryCode":"FR","areaCode":"1","quantity":2}`, http.StatusOK)
	if res := e.call(http.MethodPost, orderURL(typeReservation), `{"customerReference":"q","countryCode":"FR","areaCode":"4","quantity":2}`); res.status != http.StatusConflict {
		t.Errorf("another area code: %d %s", res.status, res.body)
	}

	// Different payload, or another order type: 409/301 naming the order.
	for _, tc := range []struct{ orderType, body string }{
		{typeReservation, reserveBody("replay-1", gb(0, 2))},
		{typeReturn, returnBodyFor("replay-1", gb(0, 3))},
	} {
		res := e.call(http.MethodPost, orderURL(tc.orderType), tc.body)
		if apiErr := res.apiError(t); res.status != http.StatusConflict || apiErr.Code != "301" || apiErr.Details != first.OrderID {
			t.Errorf("%s: %d %+v", tc.orderType, res.status, apiErr)
		}
	}
	// Another client may use the same reference.
	e.place(e.other, typeReservation, reserveBody("replay-1", gb(10, 1)), http.StatusCreated)
	if got := e.s.OrdersPlaced()[typeReservation]; got != 3 {
		t.Errorf("OrdersPlaced[reservation] = %d, want 3", got)
	}
	if st := e.s.Stats(); st.OrdersPlaced[typeReservation] != 3 {
		t.Errorf("Stats.OrdersPlaced %v", st.OrdersPlaced)
	}
}

func TestAsyncProgression(t *testing.T) {
	e := newEnv(t)
	created := e.clock.Now()
	o := e.place(e.token, typeReservation, `{"customerReference":"async","countryCode":"GB","quantity":3}`, http.StatusCreated)
	if o.Status != orderPending || o.CompletedAt != nil || !o.CreatedAt.Equal(created) || o.OrderID != "ORD-00000001" {
		t.Fatalf("placed: %+v", o)
	}
	if !slices.Equal(o.Numbers, gb(0, 3)) || o.CountryCode != "GB" {
		t.Errorf("numbers %v country %s, want the lowest free block", o.Numbers, o.CountryCode)
	}
	// Held at placement: not free, but not yet in the inventory.
	if f := e.free("countryCode=GB&quantity=1"); f.FreeNumbers[0].Number != gb(3, 1)[0] || f.TotalCount != poolSize-3 {
		t.Errorf("free after placement: %+v", f)
	}
	if inv := e.inventory(e.token, ""); inv.TotalCount != 0 {
		t.Errorf("inventory before completion: %+v", inv)
	}

	e.clock.Advance(testDelay - time.Millisecond)
	if got := e.order(e.token, o.OrderID).Status; got != orderPending {
		t.Errorf("just before one delay: %s", got)
	}
	e.clock.Advance(time.Millisecond)
	if got := e.order(e.token, o.OrderID).Status; got != orderInProgress {
		t.Errorf("after one delay: %s", got)
	}
	e.clock.Advance(testDelay)
	done := e.order(e.token, o.OrderID)
	if done.Status != orderCompleted || done.CompletedAt == nil || !done.CompletedAt.Equal(created.Add(2*testDelay)) {
		t.Fatalf("after two delays: %+v", done)
	}
	inv := e.inventory(e.token, "")
	if inv.TotalCount != 3 || !slices.Equal(numbersOf(inv.Numbers), gb(0, 3)) {
		t.Fatalf("inventory: %+v", inv)
	}
	d := inv.Numbers[0]
	if d.Status != statusReserved || d.ReservationExpiresAt == nil || !d.ReservationExpiresAt.Equal(done.CompletedAt.Add(2160*time.Hour)) ||
		d.CustomerReference != "async" || !slices.Equal(d.OrderIDs, []string{o.OrderID}) || d.AreaCode != "20" || d.CountryCode != "GB" {
		t.Errorf("detail %+v", d)
	}

	// A big jump processes every due step in order.
	o2 := e.place(e.token, typeReservation, reserveBody("jump", gb(100, 1)), http.StatusCreated)
	e.clock.Advance(time.Hour)
	if got := e.order(e.token, o2.OrderID); got.Status != orderCompleted || !got.CompletedAt.Equal(o2.CreatedAt.Add(2*testDelay)) {
		t.Errorf("after a jump: %+v", got)
	}
}

func TestOrderDelayFault(t *testing.T) {
	e := newEnv(t)
	e.s.SetFaults(Faults{OrderDelay: time.Minute})
	o := e.place(e.token, typeReservation, reserveBody("slow", gb(0, 1)), http.StatusCreated)
	e.clock.Advance(testDelay)
	if got := e.order(e.token, o.OrderID).Status; got != orderPending {
		t.Errorf("after the configured delay with a 1m override: %s", got)
	}
	e.clock.Advance(time.Minute)
	if got := e.order(e.token, o.OrderID).Status; got != orderInProgress {
		t.Errorf("after 1m: %s", got)
	}
	e.s.Reset() // back to testDelay for the steps scheduled from now on
	e.clock.Advance(time.Minute)
	if got := e.order(e.token, o.OrderID).Status; got != orderCompleted {
		t.Errorf("after the second step: %s", got)
	}
}

func TestFullLifecycle(t *testing.T) {
	e := newEnv(t)
	nums := gb(0, 2)
	r := e.done(typeReservation, reserveBody("res", nums))
	a := e.done(typeActivation, fmt.Sprintf(`{"customerReference":"act","numbers":%s,"endCustomer":{"name":"Acme","registrationNumber":"GB1"},"emergencyAddressId":"ADDR-1","directoryListing":true}`, jsonList(nums)))
	if a.Status != orderCompleted || a.EndCustomer == nil || a.EndCustomer.Name != "Acme" || a.DirectoryListing == nil || !*a.DirectoryListing || a.EmergencyAddressID != "ADDR-1" {
		t.Fatalf("activation %+v", a)
	}
	d := e.inventory(e.token, "status=Activated").Numbers
	if len(d) != 2 || d[0].ReservationExpiresAt != nil || d[0].EndCustomer.RegistrationNumber != "GB1" || !d[0].DirectoryListing ||
		d[0].EmergencyAddressID != "ADDR-1" || d[0].CustomerReference != "res" || !slices.Equal(d[0].OrderIDs, []string{r.OrderID, a.OrderID}) {
		t.Fatalf("activated %+v", d)
	}
	u := e.done(typeUpdateCustomer, activateBody("upd", nums[:1], "Acme Ltd"))
	d = e.inventory(e.token, "numberRangeStart=%2B"+nums[0][1:]).Numbers
	if len(d) != 1 || d[0].EndCustomer.Name != "Acme Ltd" || d[0].DirectoryListing || d[0].EmergencyAddressID != "" ||
		!slices.Equal(d[0].OrderIDs, []string{r.OrderID, a.OrderID, u.OrderID}) {
		t.Fatalf("updated %+v", d)
	}
	// Activated numbers do not lapse.
	e.clock.Advance(100 * 24 * time.Hour)
	if got := e.inventory(e.token, "").TotalCount; got != 2 {
		t.Errorf("activated numbers lapsed: %d left", got)
	}
	e.done(typeReturn, returnBodyFor("ret", nums))
	if got := e.inventory(e.token, "").TotalCount; got != 0 {
		t.Errorf("%d numbers left after return", got)
	}
	if f := e.free("countryCode=GB&quantity=1"); f.FreeNumbers[0].Number != nums[0] || f.TotalCount != poolSize {
		t.Errorf("returned numbers not back in the pool: %+v", f)
	}
	// The returned numbers can be reserved again, also by another client.
	e.place(e.other, typeReservation, reserveBody("again", nums), http.StatusCreated)
}

func TestInjectedFailureReleasesNumbers(t *testing.T) {
	e := newEnv(t)
	e.s.FailNextOrders(1, "NUMBERING_ERROR", "range withdrawn by the regulator")
	o := e.done(typeReservation, reserveBody("fail", gb(0, 3)))
	if o.Status != orderFailed || o.FailureCode != "NUMBERING_ERROR" || o.FailureReason != "range withdrawn by the regulator" || o.CompletedAt == nil {
		t.Fatalf("order %+v", o)
	}
	if f := e.free("countryCode=GB&quantity=1"); f.FreeNumbers[0].Number != gb(0, 1)[0] || f.TotalCount != poolSize {
		t.Errorf("numbers still held: %+v", f)
	}
	if inv := e.inventory(e.token, ""); inv.TotalCount != 0 {
		t.Errorf("failed reservation filled the inventory: %+v", inv)
	}
	// Only k orders fail; a replay of the failed one returns it as is.
	if o2 := e.done(typeReservation, reserveBody("ok", gb(0, 3))); o2.Status != orderCompleted {
		t.Errorf("second order %+v", o2)
	}
	if again := e.place(e.token, typeReservation, reserveBody("fail", gb(0, 3)), http.StatusOK); again.Status != orderFailed {
		t.Errorf("replay of the failed order: %+v", again)
	}

	// A failed activation leaves the numbers Reserved; a failed return keeps them.
	e.s.FailNextOrders(2, "X", "y")
	if a := e.done(typeActivation, activateBody("a", gb(0, 3), "Acme")); a.Status != orderFailed {
		t.Errorf("activation %+v", a)
	}
	if r := e.done(typeReturn, returnBodyFor("r", gb(0, 3))); r.Status != orderFailed {
		t.Errorf("return %+v", r)
	}
	if inv := e.inventory(e.token, "status=Reserved"); inv.TotalCount != 3 {
		t.Errorf("after failed activation and return: %+v", inv)
	}
	// FailNextOrders(0) cancels.
	e.s.FailNextOrders(5, "X", "y")
	e.s.FailNextOrders(0, "", "")
	if a := e.done(typeActivation, activateBody("a2", gb(0, 3), "Acme")); a.Status != orderCompleted {
		t.Errorf("activation after cancel %+v", a)
	}
}

func TestReservationLapse(t *testing.T) {
	e := newEnv(t)
	o := e.done(typeReservation, reserveBody("lapse", gb(0, 2)))
	expires := o.CompletedAt.Add(90 * 24 * time.Hour)
	e.clock.Advance(expires.Sub(e.clock.Now()) - time.Second)
	if got := e.inventory(e.token, "").TotalCount; got != 2 {
		t.Fatalf("a second before expiry: %d numbers", got)
	}
	// An activation placed just before expiry completes after it: the hold
	// lapses for the number it does not cover, the other stays locked and
	// becomes Activated.
	e.place(e.token, typeActivation, activateBody("late", gb(0, 1), "Acme"), http.StatusCreated)
	e.clock.Advance(time.Second)
	inv := e.inventory(e.token, "")
	if !slices.Equal(numbersOf(inv.Numbers), gb(0, 1)) {
		t.Fatalf("at expiry: %v", numbersOf(inv.Numbers))
	}
	if f := e.free("countryCode=GB&quantity=1"); f.FreeNumbers[0].Number != gb(1, 1)[0] {
		t.Errorf("lapsed number not free: %+v", f)
	}
	e.clock.Advance(2 * testDelay)
	if inv := e.inventory(e.token, "status=Activated"); inv.TotalCount != 1 {
		t.Errorf("activation after lapse: %+v", inv)
	}
}

func TestLapseAfterFailedActivation(t *testing.T) {
	e := newEnv(t)
	e.done(typeReservation, reserveBody("r", gb(0, 1)))
	e.clock.Advance(90*24*time.Hour - 3*testDelay)
	e.s.FailNextOrders(1, "X", "y")
	e.place(e.token, typeActivation, activateBody("a", gb(0, 1), "Acme"), http.StatusCreated)
	e.clock.Advance(10 * testDelay)
	if inv := e.inventory(e.token, ""); inv.TotalCount != 0 {
		t.Errorf("an expired reservation outlived its failed activation: %+v", inv)
	}
}

func TestPortInThroughDelayed(t *testing.T) {
	for _, tc := range []struct {
		name, carrier string
		inject        bool
		want          []string
	}{
		{"on time", "OldCo", false, []string{portingSubmitted, portingValidated, portingScheduled, portingCompleted}},
		{"DelayCo", delayingCarrier, false, []string{portingSubmitted, portingValidated, portingDelayed, portingScheduled, portingCompleted}},
		{"injected delay", "OldCo", true, []string{portingSubmitted, portingValidated, portingDelayed, portingScheduled, portingCompleted}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			if tc.inject {
				e.s.DelayNextPortIns(1)
			}
			nums := []string{"+441611234567", "+441611234568"}
			o := e.place(e.token, typePortIn, portInJSON("port", tc.carrier, e.today(), nums), http.StatusCreated)
			if o.RequestedWindow != "standard" || o.LosingCarrier != tc.carrier || o.CountryCode != "GB" || o.EndCustomer.Name != "Acme" {
				t.Errorf("placed %+v", o)
			}
			inv := e.inventory(e.token, "status=Porting")
			if inv.TotalCount != 2 || inv.Numbers[0].PortingStatus != portingSubmitted || inv.Numbers[0].AreaCode != "16" ||
				inv.Numbers[0].CustomerReference != "port" || !slices.Equal(inv.Numbers[0].OrderIDs, []string{o.OrderID}) {
				t.Fatalf("porting inventory %+v", inv)
			}
			var seen []string
			var statuses []string
			for range len(tc.want) {
				got := e.order(e.token, o.OrderID)
				seen = append(seen, got.PortingStatus)
				statuses = append(statuses, got.Status)
				e.clock.Advance(testDelay)
			}
			if !slices.Equal(seen, tc.want) {
				t.Errorf("porting statuses %v, want %v", seen, tc.want)
			}
			if statuses[0] != orderPending || statuses[1] != orderInProgress || statuses[len(statuses)-1] != orderCompleted {
				t.Errorf("statuses %v", statuses)
			}
			inv = e.inventory(e.token, "")
			if inv.TotalCount != 2 || inv.Numbers[0].Status != statusPortInActivated || inv.Numbers[0].PortingStatus != "" ||
				inv.Numbers[0].EndCustomer == nil || inv.Numbers[0].EndCustomer.Name != "Acme" {
				t.Errorf("after completion %+v", inv)
			}
		})
	}
}

func TestPortUpdate(t *testing.T) {
	e := newEnv(t)
	nums := []string{"+441611234567"}
	p := e.place(e.token, typePortIn, portInJSON("port", "OldCo", e.today(), nums), http.StatusCreated)

	change := e.place(e.token, typePortUpdate, fmt.Sprintf(
		`{"customerReference":"move","portInOrderId":%q,"requestedDate":"2026-04-01","requestedWindow":"outOfHours"}`, p.OrderID), http.StatusCreated)
	if change.PortInOrderID != p.OrderID || change.RequestedDate != "2026-04-01" || change.Cancel != nil || len(change.Numbers) != 0 {
		t.Errorf("portUpdate %+v", change)
	}
	if got := e.order(e.token, p.OrderID); got.RequestedDate != e.today() {
		t.Errorf("changed before the update completed: %+v", got)
	}
	e.clock.Advance(testDelay)
	if got := e.order(e.token, change.OrderID); got.Status != orderCompleted {
		t.Errorf("portUpdate after one delay: %+v", got)
	}
	if got := e.order(e.token, p.OrderID); got.RequestedDate != "2026-04-01" || got.RequestedWindow != "outOfHours" || got.LosingCarrier != "OldCo" {
		t.Errorf("port-in after the update: %+v", got)
	}

	cancel := e.place(e.token, typePortUpdate, fmt.Sprintf(`{"customerReference":"cancel","portInOrderId":%q,"cancel":true}`, p.OrderID), http.StatusCreated)
	if cancel.Cancel == nil || !*cancel.Cancel {
		t.Errorf("cancel not echoed: %+v", cancel)
	}
	e.clock.Advance(testDelay)
	if got := e.order(e.token, cancel.OrderID); got.Status != orderCompleted {
		t.Errorf("cancel order %+v", got)
	}
	got := e.order(e.token, p.OrderID)
	if got.Status != orderFailed || got.FailureCode != "CANCELLED" || got.PortingStatus != portingCancelled || got.CompletedAt == nil {
		t.Errorf("cancelled port-in %+v", got)
	}
	if inv := e.inventory(e.token, ""); inv.TotalCount != 0 {
		t.Errorf("cancelled numbers still in the inventory: %+v", inv)
	}
	// The cancelled port-in never completes, and its numbers may be ported again.
	e.clock.Advance(10 * testDelay)
	if got := e.order(e.token, p.OrderID); got.Status != orderFailed {
		t.Errorf("cancelled port-in moved on: %+v", got)
	}
	e.place(e.other, typePortIn, portInJSON("port", "OldCo", e.today(), nums), http.StatusCreated)
}

// A port update placed in time but completing after its port-in did fails.
func TestPortUpdateTooLate(t *testing.T) {
	e := newEnv(t)
	p := e.place(e.token, typePortIn, portInJSON("port", "OldCo", e.today(), []string{"+441611234567"}), http.StatusCreated)
	e.clock.Advance(2 * testDelay) // Scheduled; completes one delay later
	u := e.place(e.token, typePortUpdate, fmt.Sprintf(`{"customerReference":"c","portInOrderId":%q,"cancel":true}`, p.OrderID), http.StatusCreated)
	e.clock.Advance(testDelay)
	if got := e.order(e.token, p.OrderID); got.Status != orderCompleted {
		t.Errorf("port-in %+v", got)
	}
	if got := e.order(e.token, u.OrderID); got.Status != orderFailed || got.FailureCode != portInFinalCode {
		t.Errorf("late port update %+v", got)
	}
	if inv := e.inventory(e.token, "status=Port-in+Activated"); inv.TotalCount != 1 {
		t.Errorf("inventory %+v", inv)
	}
}

func TestNumbersNotFreeToAnotherClient(t *testing.T) {
	e := newEnv(t)
	r := e.done(typeReservation, reserveBody("mine", gb(0, 2)))
	checkRow := func(res result, row string) {
		t.Helper()
		if got := fmt.Sprintf("%d/%s", res.status, res.apiError(t).Code); got != row {
			t.Errorf("row %s, want %s: %s", got, row, res.body)
		}
	}
	checkRow(e.as(e.other, http.MethodPost, orderURL(typeReservation), reserveBody("theirs", gb(1, 1))), "409/201")
	checkRow(e.as(e.other, http.MethodPost, orderURL(typeActivation), activateBody("theirs", gb(0, 1), "Evil")), "409/205")
	checkRow(e.as(e.other, http.MethodPost, orderURL(typeReturn), returnBodyFor("theirs", gb(0, 1))), "409/205")
	checkRow(e.as(e.other, http.MethodPost, orderURL(typePortIn), portInJSON("theirs", "OldCo", e.today(), gb(0, 1))), "409/201")
	checkRow(e.as(e.other, http.MethodGet, orderPath+"/"+r.OrderID, ""), "404/206")
	if inv := e.inventory(e.other, ""); inv.TotalCount != 0 {
		t.Errorf("other client's inventory %+v", inv)
	}
	res := e.as(e.other, http.MethodGet, orderPath, "")
	var orders ordersResponse
	if err := json.Unmarshal(res.body, &orders); err != nil || orders.TotalCount != 0 {
		t.Errorf("other client's orders: %s", res.body)
	}
	// Free numbers are global: the other client sees the pool without them.
	res = e.as(e.other, http.MethodGet, freeNumberPath+"?countryCode=GB&quantity=1", "")
	var free freeNumbersResponse
	if err := json.Unmarshal(res.body, &free); err != nil || free.FreeNumbers[0].Number != gb(2, 1)[0] {
		t.Errorf("other client's free numbers: %s", res.body)
	}
}

func TestFreeNumberPool(t *testing.T) {
	e := newEnv(t)
	e.done(typeReservation, reserveBody("r", append(gb(1, 1), gb(3, 1)...)))
	f := e.free("countryCode=GB&quantity=3")
	if want := []string{gb(0, 1)[0], gb(2, 1)[0], gb(4, 1)[0]}; !slices.Equal(freeNumbers(f), want) || f.TotalCount != poolSize-2 || f.Limit != 3 || f.Offset != 0 {
		t.Errorf("free %+v, want %v", f, want)
	}
	f = e.free("countryCode=GB&quantity=3&offset=1&limit=2")
	if want := []string{gb(2, 1)[0], gb(4, 1)[0]}; !slices.Equal(freeNumbers(f), want) || f.Limit != 2 || f.Offset != 1 {
		t.Errorf("limit wins over quantity: %+v", f)
	}
	if f = e.free("countryCode=GB"); len(f.FreeNumbers) != defaultQuantity || f.Limit != defaultQuantity {
		t.Errorf("default quantity: %+v", f)
	}
	if f = e.free("countryCode=GB&limit=200"); len(f.FreeNumbers) != 200 {
		t.Errorf("limit 200: %d numbers", len(f.FreeNumbers))
	}
	if f = e.free("countryCode=GB&offset=9998&limit=5"); len(f.FreeNumbers) != 0 || f.TotalCount != poolSize-2 {
		t.Errorf("past the end: %+v", f)
	}
	// Quantity reservations take the lowest contiguous free block.
	o := e.done(typeReservation, `{"customerReference":"block","countryCode":"GB","areaCode":"20","quantity":3}`)
	if !slices.Equal(o.Numbers, gb(4, 3)) {
		t.Errorf("block %v, want %v", o.Numbers, gb(4, 3))
	}
	if got := e.inventory(e.token, "customerReference=block").Numbers[0].AreaCode; got != "20" {
		t.Errorf("area %q", got)
	}
}

func freeNumbers(f freeNumbersResponse) []string {
	out := make([]string, len(f.FreeNumbers))
	for i, n := range f.FreeNumbers {
		out[i] = n.Number
	}
	return out
}

func TestCountryCallingCodes(t *testing.T) {
	want := map[string]string{
		"AT": "43", "BE": "32", "DK": "45", "FR": "33", "DE": "49", "IE": "353", "IT": "39", "NL": "31", "PT": "351",
		"ES": "34", "SE": "46", "CH": "41", "GB": "44", "LU": "352", "FI": "358", "NO": "47", "PL": "48", "CZ": "420",
		"HU": "36", "SK": "421", "RO": "40",
	}
	if len(countries) != len(want) {
		t.Errorf("%d countries, want %d", len(countries), len(want))
	}
	for code, cc := range want {
		c, ok := countries[code]
		if !ok || c.callingCode != cc {
			t.Errorf("%s: %+v, want calling code %s", code, c, cc)
			continue
		}
		n := poolFor(code, c.defaultArea).number(42)
		if got, ok := countryOf(n); !ok || got != code {
			t.Errorf("countryOf(%s) = %s", n, got)
		}
		if area, ok := poolArea(code, n); !ok || area != c.defaultArea {
			t.Errorf("poolArea(%s) = %q %v", n, area, ok)
		}
	}
}

func TestInventoryFiltersAndPagination(t *testing.T) {
	e := newEnv(t)
	r1 := e.done(typeReservation, reserveBody("alpha", gb(0, 5)))
	r2 := e.done(typeReservation, fmt.Sprintf(`{"customerReference":"beta","countryCode":"FR","numbers":%s}`, jsonList(poolNumbers("FR", "1", 2))))
	a := e.done(typeActivation, activateBody("act", gb(1, 2), "Acme"))
	e.done(typeReservation, reserveBody("delta", gb(100, 3)))
	other := e.place(e.other, typeReservation, reserveBody("alpha", gb(200, 3)), http.StatusCreated)
	e.clock.Advance(2 * testDelay)
	p := e.place(e.token, typePortIn, portInJSON("gamma", "OldCo", e.today(), []string{"+441611234567"}), http.StatusCreated)

	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"status=Reserved&countryCode=GB", append(append(gb(0, 1), gb(3, 2)...), gb(100, 3)...)},
		{"status=Activated", gb(1, 2)},
		{"status=Porting", []string{"+441611234567"}},
		{"customerReference=alpha", gb(0, 5)},
		{"customerReference=gamma", []string{"+441611234567"}},
		{"orderId=" + a.OrderID, gb(1, 2)},
		{"orderId=" + r1.OrderID, gb(0, 5)},
		{"orderId=" + r2.OrderID, poolNumbers("FR", "1", 2)},
		{"orderId=" + p.OrderID, []string{"+441611234567"}},
		{"countryCode=FR", poolNumbers("FR", "1", 2)},
		{"numberRangeStart=%2B" + gb(1, 1)[0][1:] + "&numberRangeEnd=%2B" + gb(3, 1)[0][1:], gb(1, 3)},
		{"numberRangeStart=%2B" + gb(2, 1)[0][1:], gb(2, 1)},
		{"numberRangeEnd=%2B" + gb(4, 1)[0][1:], gb(4, 1)},
		{"numberRangeStart=%2B" + gb(4, 1)[0][1:] + "&numberRangeEnd=%2B449999999999", append(gb(4, 1), gb(100, 3)...)},
		{"numberRangeStart=%2B442071230000&numberRangeEnd=%2B442071230009&status=Activated", gb(1, 2)},
		{"customerReference=nobody", nil},
		{"orderId=" + other.OrderID, nil},
	} {
		inv := e.inventory(e.token, tc.query)
		if got := numbersOf(inv.Numbers); !slices.Equal(got, tc.want) && (len(got) != 0 || len(tc.want) != 0) {
			t.Errorf("?%s: %v, want %v", tc.query, got, tc.want)
		}
		if inv.TotalCount != len(tc.want) || inv.Limit != defaultPageLimit || inv.Offset != 0 {
			t.Errorf("?%s: totalCount %d limit %d offset %d", tc.query, inv.TotalCount, inv.Limit, inv.Offset)
		}
	}

	all := numbersOf(e.inventory(e.token, "limit=200").Numbers)
	if len(all) != 11 || !slices.IsSorted(all) {
		t.Fatalf("all numbers %v", all)
	}
	var paged []string
	for offset := 0; offset < 11; offset += 4 {
		inv := e.inventory(e.token, fmt.Sprintf("offset=%d&limit=4", offset))
		if inv.TotalCount != 11 || inv.Limit != 4 || inv.Offset != offset {
			t.Errorf("page at %d: %+v", offset, inv)
		}
		paged = append(paged, numbersOf(inv.Numbers)...)
	}
	if !slices.Equal(paged, all) {
		t.Errorf("pages %v, want %v", paged, all)
	}
	if inv := e.inventory(e.token, "offset=50"); len(inv.Numbers) != 0 || inv.TotalCount != 11 {
		t.Errorf("past the end %+v", inv)
	}
}

func TestOrderQuery(t *testing.T) {
	e := newEnv(t)
	r := e.done(typeReservation, reserveBody("r", gb(0, 2)))
	a := e.done(typeActivation, activateBody("a", gb(0, 2), "Acme"))
	pending := e.place(e.token, typeReservation, reserveBody("p", gb(5, 1)), http.StatusCreated)
	e.place(e.other, typeReservation, reserveBody("r", gb(9, 1)), http.StatusCreated)

	query := func(q string) ordersResponse {
		t.Helper()
		res := e.call(http.MethodGet, orderPath+"?"+q, "")
		var out ordersResponse
		if err := json.Unmarshal(res.body, &out); err != nil || res.status != http.StatusOK {
			t.Fatalf("?%s: %d %s", q, res.status, res.body)
		}
		return out
	}
	ids := func(o ordersResponse) []string {
		var out []string
		for _, v := range o.Orders {
			out = append(out, v.OrderID)
		}
		return out
	}
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"", []string{r.OrderID, a.OrderID, pending.OrderID}},
		{"customerReference=r", []string{r.OrderID}},
		{"orderType=activation", []string{a.OrderID}},
		{"status=Pending", []string{pending.OrderID}},
		{"status=Completed&orderType=reservation", []string{r.OrderID}},
		{"limit=1&offset=1", []string{a.OrderID}},
		{"customerReference=none", nil},
	} {
		got := query(tc.query)
		if !slices.Equal(ids(got), tc.want) {
			t.Errorf("?%s: %v, want %v", tc.query, ids(got), tc.want)
		}
		if got.Orders == nil {
			t.Errorf("?%s: orders is null", tc.query)
		}
	}
	if got := query("limit=1"); got.TotalCount != 3 || got.Limit != 1 || len(got.Orders) != 1 {
		t.Errorf("limit=1: %+v", got)
	}
}

func TestStatsRouteKeys(t *testing.T) {
	e := newEnv(t)
	o := e.place(e.token, typeReservation, reserveBody("r", gb(0, 1)), http.StatusCreated)
	e.order(e.token, o.OrderID)
	e.call(http.MethodGet, orderPath+"/ORD-404", "")
	e.call(http.MethodGet, orderPath, "")
	e.inventory(e.token, "")
	st := e.s.Stats()
	for key, want := range map[string]int64{
		"POST /numberManagement/v1/reservation/order": 1,
		"GET /numberManagement/v1/order/{orderId}":    2,
		"GET /numberManagement/v1/order":              1,
		"GET /numberManagement/v1/Number":             1,
		"GET /numberManagement/v1/order/" + o.OrderID: 0,
	} {
		if st.APIRequests[key] != want {
			t.Errorf("APIRequests[%q] = %d, want %d (%v)", key, st.APIRequests[key], want, st.APIRequests)
		}
	}
}

func TestResetKeepsStateResetStateClears(t *testing.T) {
	e := newEnv(t)
	o := e.done(typeReservation, reserveBody("r", gb(0, 2)))
	e.s.FailNextOrders(3, "X", "y")
	e.s.Reset()
	if placed := e.s.OrdersPlaced(); len(placed) != 0 {
		t.Errorf("OrdersPlaced after Reset %v", placed)
	}
	if inv := e.inventory(e.token, ""); inv.TotalCount != 2 {
		t.Errorf("Reset cleared the inventory: %+v", inv)
	}
	e.order(e.token, o.OrderID)
	if o2 := e.done(typeReservation, reserveBody("r2", gb(5, 1))); o2.Status != orderCompleted {
		t.Errorf("Reset kept FailNextOrders: %+v", o2)
	}

	res := controlRequest(t, http.MethodPost, e.ts.URL+"/__mock/reset?state=all", "")
	if res.status != http.StatusNoContent {
		t.Fatalf("reset?state=all: %d %s", res.status, res.body)
	}
	if inv := e.inventory(e.token, ""); inv.TotalCount != 0 {
		t.Errorf("inventory after ResetState: %+v", inv)
	}
	if res := e.call(http.MethodGet, orderPath+"/"+o.OrderID, ""); res.status != http.StatusNotFound {
		t.Errorf("order after ResetState: %d", res.status)
	}
	if f := e.free("countryCode=GB"); f.TotalCount != poolSize {
		t.Errorf("pool after ResetState: %d free", f.TotalCount)
	}
	// Order ids are never reused; the reference is free again.
	if o3 := e.place(e.token, typeReservation, reserveBody("r", gb(0, 2)), http.StatusCreated); o3.OrderID <= o.OrderID {
		t.Errorf("order id %s after %s", o3.OrderID, o.OrderID)
	}
	if res := controlRequest(t, http.MethodPost, e.ts.URL+"/__mock/reset?state=some", ""); res.status != http.StatusBadRequest {
		t.Errorf("reset?state=some: %d", res.status)
	}
}

func TestOrderFaultsOverHTTP(t *testing.T) {
	e := newEnv(t)
	res := controlRequest(t, http.MethodPost, e.ts.URL+"/__mock/faults",
		`{"order_delay_ms":60000,"fail_next_orders":{"count":1,"code":"X","reason":"injected"}}`)
	if res.status != http.StatusNoContent {
		t.Fatalf("faults: %d %s", res.status, res.body)
	}
	o := e.place(e.token, typeReservation, reserveBody("r", gb(0, 1)), http.StatusCreated)
	e.clock.Advance(testDelay)
	if got := e.order(e.token, o.OrderID).Status; got != orderPending {
		t.Errorf("order_delay_ms ignored: %s", got)
	}
	e.clock.Advance(2 * time.Minute)
	if got := e.order(e.token, o.OrderID); got.Status != orderFailed || got.FailureReason != "injected" {
		t.Errorf("fail_next_orders ignored: %+v", got)
	}
	for _, body := range []string{`{"order_delay_ms":-1}`, `{"fail_next_orders":{"count":1}}`, `{"drop_next_responses":{"count":1}}`} {
		if res := controlRequest(t, http.MethodPost, e.ts.URL+"/__mock/faults", body); res.status != http.StatusBadRequest {
			t.Errorf("%s: %d", body, res.status)
		}
	}
}
