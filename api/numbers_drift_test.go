package api

import (
	"net/http"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"
)

// The checks have teeth for number management too: answers and requests
// that drift from the document are rejected, valid ones pass.
func TestValidationRejectsNumberDrift(t *testing.T) {
	router := routerFor(t, "http://"+routedHost)
	input := func(method, target, body string) *openapi3filter.RequestValidationInput {
		return driftInput(t, router, method, target, body)
	}
	jsonHeader := http.Header{"Content-Type": {"application/json"}}
	reservation := input(http.MethodPost, orderURL("reservation"), `{"customerReference":"r","countryCode":"GB","quantity":1}`)
	getOrder := input(http.MethodGet, orderPath+"/ORD-00000001", "")
	orders := input(http.MethodGet, orderPath, "")
	inventory := input(http.MethodGet, inventoryPath, "")

	const (
		order   = `{"orderId":"ORD-00000001","orderType":"reservation","customerReference":"r","status":"Completed","numbers":["+442071230000"],"countryCode":"GB","createdAt":"2026-03-01T12:00:00Z","completedAt":"2026-03-01T12:00:04Z"}`
		detail  = `{"number":"+442071230000","countryCode":"GB","areaCode":"20","status":"Reserved","reservationExpiresAt":"2026-05-30T12:00:04Z","customerReference":"r","orderIds":["ORD-00000001"],"directoryListing":false}`
		ported  = `{"number":"+441611234567","countryCode":"GB","areaCode":"16","status":"Porting","customerReference":"p","orderIds":["ORD-00000002"],"directoryListing":false,"portingStatus":"Delayed"}`
		failure = `{"orderId":"ORD-00000003","orderType":"portIn","customerReference":"p","status":"Failed","failureCode":"CANCELLED","failureReason":"cancelled","numbers":["+441611234567"],"countryCode":"GB","createdAt":"2026-03-01T12:00:00Z","completedAt":"2026-03-01T12:00:04Z","losingCarrier":"OldCo","requestedDate":"2026-03-10","requestedWindow":"standard","endCustomer":{"name":"Acme"},"portingStatus":"Cancelled"}`
	)

	type answer struct {
		name   string
		in     *openapi3filter.RequestValidationInput
		status int
		body   string
	}
	for _, tc := range []answer{
		{"order created", reservation, 201, order},
		{"order replayed", reservation, 200, order},
		{"failed port-in", getOrder, 200, failure},
		{"orders", orders, 200, `{"orders":[` + order + `,` + failure + `],"offset":0,"limit":50,"totalCount":2}`},
		{"inventory", inventory, 200, `{"numbers":[` + detail + `,` + ported + `],"offset":0,"limit":50,"totalCount":2}`},
		{"409/201", reservation, 409, `{"status":409,"code":"201","reason":"Conflict","message":"numbers not free","details":"1 of 1"}`},
	} {
		if _, err := validateResponse(t, tc.in, tc.status, jsonHeader, []byte(tc.body)); err != nil {
			t.Errorf("%s: a valid answer was rejected: %v", tc.name, err)
		}
	}
	for _, tc := range []answer{
		{"order status unknown", getOrder, 200, replaceOnce(t, order, `"Completed"`, `"Done"`)},
		{"order type unknown", getOrder, 200, replaceOnce(t, order, `"reservation"`, `"purchase"`)},
		{"orderId missing", getOrder, 200, replaceOnce(t, order, `"orderId":"ORD-00000001",`, ``)},
		{"order field renamed", getOrder, 200, replaceOnce(t, failure, `"portingStatus"`, `"portingState"`)},
		{"order number not E.164", getOrder, 200, replaceOnce(t, order, `"+442071230000"`, `"02071230000"`)},
		{"createdAt not a date-time", getOrder, 200, replaceOnce(t, order, `"2026-03-01T12:00:00Z"`, `"yesterday"`)},
		{"requestedDate not a date", getOrder, 200, replaceOnce(t, failure, `"2026-03-10"`, `"10/03/2026"`)},
		{"porting status unknown", getOrder, 200, replaceOnce(t, failure, `"Cancelled"`, `"Aborted"`)},
		{"endCustomer without name", getOrder, 200, replaceOnce(t, failure, `{"name":"Acme"}`, `{"company":"Acme"}`)},
		{"created answered 202", reservation, 202, order},
		{"orders renamed items", orders, 200, `{"items":[],"offset":0,"limit":50,"totalCount":0}`},
		{"orders without totalCount", orders, 200, `{"orders":[],"offset":0,"limit":50}`},
		{"number status unknown", inventory, 200, `{"numbers":[` + replaceOnce(t, detail, `"Reserved"`, `"Free"`) + `],"offset":0,"limit":50,"totalCount":1}`},
		{"number without orderIds", inventory, 200, `{"numbers":[` + replaceOnce(t, detail, `"orderIds":["ORD-00000001"],`, ``) + `],"offset":0,"limit":50,"totalCount":1}`},
		{"number directoryListing a string", inventory, 200, `{"numbers":[` + replaceOnce(t, detail, `"directoryListing":false`, `"directoryListing":"no"`) + `],"offset":0,"limit":50,"totalCount":1}`},
		{"inventory limit 0", inventory, 200, `{"numbers":[],"offset":0,"limit":0,"totalCount":0}`},
		{"row not listed for the operation", reservation, 409, `{"status":409,"code":"205","reason":"Conflict","message":"m","details":""}`},
		{"reason differs", reservation, 409, `{"status":409,"code":"201","reason":"Validation not met","message":"m","details":""}`},
	} {
		if _, err := validateResponse(t, tc.in, tc.status, jsonHeader, []byte(tc.body)); err == nil {
			t.Errorf("%s: a drifted answer passed validation", tc.name)
		}
	}

	valid := []driftRequest{
		{"reservation by numbers", http.MethodPost, orderURL("reservation"), `{"customerReference":"r","countryCode":"DE","numbers":["+4930712300000"],"regulatorApprovalReference":"B-1"}`},
		{"activation", http.MethodPost, orderURL("activation"), `{"customerReference":"a","numbers":["+442071230000"],"endCustomer":{"name":"Acme","registrationNumber":"1"},"emergencyAddressId":"A-1","directoryListing":true}`},
		{"return", http.MethodPost, orderURL("return"), `{"customerReference":"r","numbers":["+442071230000"]}`},
		{"portIn", http.MethodPost, orderURL("portIn"), `{"customerReference":"p","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"OldCo","requestedDate":"2026-03-10","requestedWindow":"outOfHours","endCustomer":{"name":"Acme"}}`},
		{"portUpdate cancel", http.MethodPost, orderURL("portUpdate"), `{"customerReference":"u","portInOrderId":"ORD-1","cancel":true}`},
		{"inventory query", http.MethodGet, inventoryPath + "?status=Port-in%20Activated&numberRangeStart=%2B442071230000&limit=200", ""},
		{"orders query", http.MethodGet, orderPath + "?orderType=portIn&status=InProgress&offset=3", ""},
	}
	drifted := []driftRequest{
		{"reservation with numbers and quantity", http.MethodPost, orderURL("reservation"), `{"customerReference":"r","countryCode":"GB","quantity":1,"numbers":["+442071230000"]}`},
		{"reservation with neither", http.MethodPost, orderURL("reservation"), `{"customerReference":"r","countryCode":"GB"}`},
		{"reservation quantity 1001", http.MethodPost, orderURL("reservation"), `{"customerReference":"r","countryCode":"GB","quantity":1001}`},
		{"reservation with a bad reference", http.MethodPost, orderURL("reservation"), `{"customerReference":"a b","countryCode":"GB","quantity":1}`},
		{"reservation field renamed", http.MethodPost, orderURL("reservation"), `{"customerReference":"r","country":"GB","quantity":1}`},
		{"activation without endCustomer", http.MethodPost, orderURL("activation"), `{"customerReference":"a","numbers":["+442071230000"]}`},
		{"activation with a number twice", http.MethodPost, orderURL("activation"), `{"customerReference":"a","numbers":["+442071230000","+442071230000"],"endCustomer":{"name":"A"}}`},
		{"return of no numbers", http.MethodPost, orderURL("return"), `{"customerReference":"r","numbers":[]}`},
		{"portIn at night", http.MethodPost, orderURL("portIn"), `{"customerReference":"p","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"OldCo","requestedDate":"2026-03-10","requestedWindow":"night","endCustomer":{"name":"Acme"}}`},
		{"portIn without losingCarrier", http.MethodPost, orderURL("portIn"), `{"customerReference":"p","countryCode":"GB","numbers":["+441611234567"],"requestedDate":"2026-03-10","endCustomer":{"name":"Acme"}}`},
		{"portUpdate with nothing to change", http.MethodPost, orderURL("portUpdate"), `{"customerReference":"u","portInOrderId":"ORD-1"}`},
		{"inventory status Free", http.MethodGet, inventoryPath + "?status=Free", ""},
		{"orders limit 500", http.MethodGet, orderPath + "?limit=500", ""},
		{"free numbers limit 0", http.MethodGet, freeNumberPath + "?countryCode=GB&limit=0", ""},
	}
	checkRequests(t, router, valid, drifted)
}
