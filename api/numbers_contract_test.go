package api

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const (
	numberBase    = "/numberManagement/v1/"
	inventoryPath = numberBase + "Number"
	orderPath     = numberBase + "order"
	orderByIDPath = orderPath + "/{orderId}"
	orderDelay    = time.Second
)

func orderURL(orderType string) string { return numberBase + orderType + "/order" }

var orderTypes = []string{"reservation", "activation", "updateCustomer", "return", "portIn", "portUpdate"}

// numberPaths are the number-management paths of colt.yaml, as templates.
func numberPaths() []string {
	paths := []string{freeNumberPath, inventoryPath, orderPath, orderByIDPath}
	for _, t := range orderTypes {
		paths = append(paths, orderURL(t))
	}
	return paths
}

// fakeClock drives the mock's order processing.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// numberEnv is a mock with a fake clock and one-second order steps, served
// behind the validating contractHandler. With checkRequests the requests
// are validated too: the way to check what the client sends to the
// number-management endpoints, e.g.
//
//	env := newNumberEnv(t, true)
//	c := newContractClient(t, env.ts.URL)
//	order, err := c.PlaceReservation(ctx, ...)
//	env.clock.Advance(2 * orderDelay)
type numberEnv struct {
	t     *testing.T
	srv   *mock.Server
	clock *fakeClock
	h     *contractHandler
	ts    *httptest.Server
	token string
}

func newNumberEnv(t *testing.T, checkRequests bool) *numberEnv {
	t.Helper()
	clock := &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	srv := mock.New(mock.Config{Now: clock.Now, OrderDelay: orderDelay, TokenLifetime: 24 * time.Hour})
	e := &numberEnv{t: t, srv: srv, clock: clock}
	e.ts = serveWrapped(t, srv, func(next http.Handler) http.Handler {
		e.h = newContractWrapper(t, next, checkRequests)
		return e.h
	})
	e.token = accessToken(t, e.ts.URL)
	return e
}

func (e *numberEnv) request(method, path, body string) *http.Request {
	e.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, e.ts.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("x-tracking-id", "contract-test")
	req.Header.Set("Authorization", "Bearer "+e.token)
	return req
}

// call sends a request and decodes a 2xx answer into out (when not nil).
func (e *numberEnv) call(method, path, body string, want int, out any) {
	e.t.Helper()
	resp, err := http.DefaultClient.Do(e.request(method, path, body))
	if err != nil {
		e.t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		e.t.Fatalf("%s %s: %d, want %d: %s", method, path, resp.StatusCode, want, raw)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			e.t.Fatalf("%s %s: %v", method, path, err)
		}
	}
}

type order struct {
	OrderID       string   `json:"orderId"`
	Status        string   `json:"status"`
	PortingStatus string   `json:"portingStatus"`
	FailureCode   string   `json:"failureCode"`
	Numbers       []string `json:"numbers"`
}

func (e *numberEnv) place(orderType, body string, want int) order {
	e.t.Helper()
	var o order
	e.call(http.MethodPost, orderURL(orderType), body, want, &o)
	return o
}

func (e *numberEnv) order(id string) order {
	e.t.Helper()
	var o order
	e.call(http.MethodGet, orderPath+"/"+id, "", http.StatusOK, &o)
	return o
}

// complete advances the clock step by step until the order has ended.
func (e *numberEnv) complete(o order) order {
	e.t.Helper()
	for range 6 {
		if o.Status == "Completed" || o.Status == "Failed" {
			return o
		}
		e.clock.Advance(orderDelay)
		o = e.order(o.OrderID)
	}
	e.t.Fatalf("order %s did not end: %+v", o.OrderID, o)
	return o
}

func gbNumbers(first, n int) string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf(`"+44207123%04d"`, first+i))
	}
	return "[" + strings.Join(out, ",") + "]"
}

// (a) Every number-management operation's successful answers match the
// document, and so do the raw requests producing them.
func TestMockNumberManagementFollowsSpec(t *testing.T) {
	e := newNumberEnv(t, true)
	get := func(path string) { e.t.Helper(); e.call(http.MethodGet, path, "", http.StatusOK, nil) }

	get(freeNumberPath + "?countryCode=GB&areaCode=20&quantity=3")
	get(freeNumberPath + "?countryCode=SK&offset=5&limit=200")
	get(freeNumberPath + "?countryCode=DE&numberType=nomadic&quantity=2")
	nomadic := e.complete(e.place("reservation", `{"customerReference":"nom-1","countryCode":"DE","quantity":2,"numberType":"nomadic"}`, http.StatusCreated))
	get(inventoryPath + "?cli=" + url.QueryEscape(nomadic.Numbers[0]))
	se := e.complete(e.place("reservation", `{"customerReference":"se-1","countryCode":"SE","quantity":2}`, http.StatusCreated))
	e.complete(e.place("activation", `{"customerReference":"se-act","numbers":`+jsonBody(se.Numbers)+`,"endCustomer":{"name":"Kund AB"},`+
		`"directoryService":{"listedName":"Kund AB","street":"Drottninggatan","houseNumber":"1","postalCode":"111 51","city":"Stockholm","businessCategory":"Telecom"}}`, http.StatusCreated))
	get(inventoryPath + "?customerReference=se-1")

	// Reservation by quantity: 201, its replay 200, then the steps.
	body := `{"customerReference":"res-1","countryCode":"GB","areaCode":"20","quantity":3}`
	res := e.place("reservation", body, http.StatusCreated)
	if replay := e.place("reservation", body, http.StatusOK); replay.OrderID != res.OrderID {
		t.Errorf("replay %s, want %s", replay.OrderID, res.OrderID)
	}
	e.clock.Advance(orderDelay)
	if o := e.order(res.OrderID); o.Status != "InProgress" {
		t.Errorf("after one step: %+v", o)
	}
	e.complete(res)
	e.complete(e.place("reservation", `{"customerReference":"res-2","countryCode":"GB","numbers":`+gbNumbers(10, 4)+`}`, http.StatusCreated))
	de := e.complete(e.place("reservation", `{"customerReference":"res-de","countryCode":"DE","quantity":101}`, http.StatusCreated))
	e.complete(e.place("activation", `{"customerReference":"act-de","numbers":`+jsonBody(de.Numbers)+
		`,"endCustomer":{"name":"Kunde GmbH"},"regulatorApprovalReference":"BNetzA-42"}`, http.StatusCreated))

	act := e.complete(e.place("activation", `{"customerReference":"act-1","numbers":`+gbNumbers(0, 2)+
		`,"endCustomer":{"name":"Acme","registrationNumber":"GB123"},"emergencyAddressId":"ADDR-1","directoryListing":true}`, http.StatusCreated))
	e.complete(e.place("updateCustomer", `{"customerReference":"upd-1","numbers":`+gbNumbers(0, 1)+`,"endCustomer":{"name":"Acme Ltd"}}`, http.StatusCreated))

	port := e.place("portIn", `{"customerReference":"port-1","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"DelayCo",`+
		`"requestedDate":"2026-03-10","requestedWindow":"outOfHours","endCustomer":{"name":"Acme"},"emergencyAddressId":"ADDR-1"}`, http.StatusCreated)
	get(inventoryPath + "?status=Porting")
	e.complete(e.place("portUpdate", fmt.Sprintf(`{"customerReference":"pu-1","portInOrderId":%q,"requestedDate":"2026-03-12","losingCarrier":"DelayCo"}`, port.OrderID), http.StatusCreated))
	var statuses []string
	for range 5 {
		o := e.order(port.OrderID)
		statuses = append(statuses, o.PortingStatus)
		e.clock.Advance(orderDelay)
	}
	if !slices.Contains(statuses, "Delayed") {
		t.Errorf("porting statuses %v", statuses)
	}
	cancelled := e.place("portIn", `{"customerReference":"port-2","countryCode":"ES","numbers":["+34931234567"],"losingCarrier":"OldCo",`+
		`"requestedDate":"2026-03-10","endCustomer":{"name":"Acme SA","registrationNumber":"B12345678"}}`, http.StatusCreated)
	e.complete(e.place("portUpdate", fmt.Sprintf(`{"customerReference":"pu-2","portInOrderId":%q,"cancel":true}`, cancelled.OrderID), http.StatusCreated))
	if o := e.order(cancelled.OrderID); o.Status != "Failed" || o.FailureCode != "CANCELLED" || o.PortingStatus != "Cancelled" {
		t.Errorf("cancelled port-in %+v", o)
	}

	e.srv.FailNextOrders(1, "NUMBERING_ERROR", "range withdrawn")
	e.complete(e.place("reservation", `{"customerReference":"res-fail","countryCode":"FR","quantity":2}`, http.StatusCreated))
	e.complete(e.place("return", `{"customerReference":"ret-1","numbers":`+gbNumbers(10, 2)+`}`, http.StatusCreated))

	for _, q := range []string{
		"", "?status=Reserved", "?status=Port-in%20Activated", "?customerReference=res-1", "?orderId=" + act.OrderID,
		"?countryCode=GB&offset=1&limit=2", "?numberRangeStart=%2B442071230000&numberRangeEnd=%2B442071230099",
		"?numberRangeStart=%2B442071230001",
	} {
		get(inventoryPath + q)
	}
	for _, q := range []string{"", "?status=Failed", "?orderType=portIn&limit=1&offset=1", "?customerReference=act-1"} {
		get(orderPath + q)
	}

	seen := strings.Join(e.h.seen(), "\n")
	for _, path := range numberPaths() {
		method := http.MethodGet
		if strings.HasSuffix(path, "/order") && path != orderPath {
			method = http.MethodPost
		}
		for _, status := range []int{200, 201} {
			if status == 201 && method == http.MethodGet {
				continue
			}
			if status == 200 && method == http.MethodPost && path != orderURL("reservation") {
				continue
			}
			if want := fmt.Sprintf("%s %s %d", method, path, status); !strings.Contains(seen, want) {
				t.Errorf("no exchange %q", want)
			}
		}
	}
}

// (b) Every error row of every number-management operation is produced by
// the mock and matches the document.
func TestMockNumberErrorAnswersFollowSpec(t *testing.T) {
	e := newNumberEnv(t, false)
	// Fixtures: held numbers and used references (reservation), a finished
	// port-in (for 409/208).
	e.complete(e.place("reservation", `{"customerReference":"fixture-res","countryCode":"GB","numbers":`+gbNumbers(0, 2)+`}`, http.StatusCreated))
	finished := e.complete(e.place("portIn", `{"customerReference":"fixture-port","countryCode":"GB","numbers":["+441611234567"],`+
		`"losingCarrier":"OldCo","requestedDate":"2026-03-01","endCustomer":{"name":"Acme"}}`, http.StatusCreated))

	common := bearerErrorCases()
	many := make([]string, 1001)
	for i := range many {
		many[i] = fmt.Sprintf(`"+4416100%05d"`, i)
	}
	manyJSON := "[" + strings.Join(many, ",") + "]"
	german := make([]string, 101)
	for i := range german {
		german[i] = fmt.Sprintf(`"+4969712%05d"`, i)
	}
	deJSON := "[" + strings.Join(german, ",") + "]"
	const (
		badJSON    = `{"customerReference":`
		portFields = `"losingCarrier":"OldCo","requestedDate":"2026-03-10","endCustomer":{"name":"Acme"}`
	)
	assignment := []errorCase{
		{name: "malformed JSON", modify: withBody(badJSON), row: "400/100"},
		{name: "endCustomer missing", modify: withBody(`{"customerReference":"x","numbers":["+442071230000"]}`), row: "400/100"},
		{name: "1001 numbers", modify: withBody(`{"customerReference":"x","numbers":` + manyJSON + `,"endCustomer":{"name":"A"}}`), row: "400/102"},
		{name: "US number", modify: withBody(`{"customerReference":"x","numbers":["+12025550100"],"endCustomer":{"name":"A"}}`), row: "400/104"},
		{name: "Portugal without VAT", modify: withBody(`{"customerReference":"x","numbers":["+351217123000"],"endCustomer":{"name":"A"}}`), row: "400/203"},
		{name: "Spain without name", modify: withBody(`{"customerReference":"x","numbers":["+34917123000"],"endCustomer":{"name":"","registrationNumber":"B1"}}`), row: "400/204"},
		{name: "directory entry in GB", modify: withBody(`{"customerReference":"x","numbers":["+442071230000"],"endCustomer":{"name":"A"},"directoryService":{"listedName":"A"}}`), row: "400/209"},
		{name: "numbers not held", modify: withBody(`{"customerReference":"x","numbers":["+442071239999"],"endCustomer":{"name":"A"}}`), row: "409/205"},
		{name: "reference used", modify: withBody(`{"customerReference":"fixture-res","numbers":["+442071230000"],"endCustomer":{"name":"A"}}`), row: "409/301"},
	}
	cases := map[string][]errorCase{
		orderURL("reservation"): {
			{name: "malformed JSON", modify: withBody(badJSON), row: "400/100"},
			{name: "numbers and quantity", modify: withBody(`{"customerReference":"x","countryCode":"GB","quantity":1,"numbers":["+442071230005"]}`), row: "400/100"},
			{name: "UK", modify: withBody(`{"customerReference":"x","countryCode":"UK","quantity":1}`), row: "400/101"},
			{name: "quantity 1001", modify: withBody(`{"customerReference":"x","countryCode":"GB","quantity":1001}`), row: "400/102"},
			{name: "area code not digits", modify: withBody(`{"customerReference":"x","countryCode":"GB","areaCode":"2x","quantity":1}`), row: "400/103"},
			{name: "French number", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":["+33171230000"]}`), row: "400/104"},
			{name: "numbers not free", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":` + gbNumbers(1, 2) + `}`), row: "409/201"},
			{name: "reference used", modify: withBody(`{"customerReference":"fixture-res","countryCode":"GB","quantity":1}`), row: "409/301"},
		},
		orderURL("activation"): append(slices.Clone(assignment),
			errorCase{name: "German block", modify: withBody(`{"customerReference":"x","numbers":` + deJSON + `,"endCustomer":{"name":"A"}}`), row: "400/202"}),
		orderURL("updateCustomer"): assignment,
		orderURL("return"): {
			{name: "numbers missing", modify: withBody(`{"customerReference":"x"}`), row: "400/100"},
			{name: "1001 numbers", modify: withBody(`{"customerReference":"x","numbers":` + manyJSON + `}`), row: "400/102"},
			{name: "not E.164", modify: withBody(`{"customerReference":"x","numbers":["02071230000"]}`), row: "400/104"},
			{name: "numbers not held", modify: withBody(`{"customerReference":"x","numbers":["+441611234599"]}`), row: "409/205"},
			{name: "reference used", modify: withBody(`{"customerReference":"fixture-res","numbers":["+442071230000"]}`), row: "409/301"},
		},
		orderURL("portIn"): {
			{name: "unknown field", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":["+441611234500"],"speed":1,` + portFields + `}`), row: "400/100"},
			{name: "US", modify: withBody(`{"customerReference":"x","countryCode":"US","numbers":["+12025550100"],` + portFields + `}`), row: "400/101"},
			{name: "1001 numbers", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":` + manyJSON + `,` + portFields + `}`), row: "400/102"},
			{name: "French number", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":["+33171230000"],` + portFields + `}`), row: "400/104"},
			{name: "German block", modify: withBody(`{"customerReference":"x","countryCode":"DE","numbers":` + deJSON + `,` + portFields + `}`), row: "400/202"},
			{name: "Finland without VAT", modify: withBody(`{"customerReference":"x","countryCode":"FI","numbers":["+358912345678"],` + portFields + `}`), row: "400/203"},
			{name: "Spain without name", modify: withBody(`{"customerReference":"x","countryCode":"ES","numbers":["+34931234567"],"losingCarrier":"OldCo","requestedDate":"2026-03-10","endCustomer":{"name":"","registrationNumber":"B1"}}`), row: "400/204"},
			{name: "date in the past", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":["+441611234500"],"losingCarrier":"OldCo","requestedDate":"2026-02-01","endCustomer":{"name":"A"}}`), row: "400/207"},
			{name: "directory entry in GB", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":["+441611234500"],"directoryService":{"listedName":"A"},` + portFields + `}`), row: "400/209"},
			{name: "numbers not free", modify: withBody(`{"customerReference":"x","countryCode":"GB","numbers":["+441611234567"],` + portFields + `}`), row: "409/201"},
			{name: "reference used", modify: withBody(`{"customerReference":"fixture-res","countryCode":"GB","numbers":["+441611234500"],` + portFields + `}`), row: "409/301"},
		},
		orderURL("portUpdate"): {
			{name: "portInOrderId missing", modify: withBody(`{"customerReference":"x","cancel":true}`), row: "400/100"},
			{name: "nothing to change", modify: withBody(fmt.Sprintf(`{"customerReference":"x","portInOrderId":%q}`, finished.OrderID)), row: "400/207"},
			{name: "unknown port-in", modify: withBody(`{"customerReference":"x","portInOrderId":"ORD-99999999","cancel":true}`), row: "404/206"},
			{name: "finished port-in", modify: withBody(fmt.Sprintf(`{"customerReference":"x","portInOrderId":%q,"cancel":true}`, finished.OrderID)), row: "409/208"},
			{name: "reference used", modify: withBody(fmt.Sprintf(`{"customerReference":"fixture-res","portInOrderId":%q,"cancel":true}`, finished.OrderID)), row: "409/301"},
		},
		orderByIDPath: {
			{name: "unknown order", modify: withPath(orderPath + "/ORD-99999999"), row: "404/206"},
		},
		orderPath: {
			{name: "bad orderType", modify: query("orderType=purchase"), row: "400/100"},
			{name: "limit 0", modify: query("limit=0"), row: "400/105"},
		},
		inventoryPath: {
			{name: "bad status", modify: query("status=Free"), row: "400/100"},
			{name: "country not served", modify: query("countryCode=US"), row: "400/101"},
			{name: "range not E.164", modify: query("numberRangeStart=442071230000"), row: "400/104"},
			{name: "cli not E.164", modify: query("cli=02071230000"), row: "400/104"},
			{name: "offset negative", modify: query("offset=-1"), row: "400/105"},
		},
		freeNumberPath: {
			{name: "numberType mobile", modify: query("countryCode=GB&numberType=mobile"), row: "400/100"},
			{name: "UK", modify: query("countryCode=UK"), row: "400/101"},
			{name: "quantity 101", modify: query("countryCode=GB&quantity=101"), row: "400/102"},
			{name: "area code too long", modify: query("countryCode=GB&areaCode=123456"), row: "400/103"},
			{name: "nomadic with an area code", modify: query("countryCode=GB&numberType=nomadic&areaCode=20"), row: "400/103"},
			{name: "limit 201", modify: query("countryCode=GB&limit=201"), row: "400/105"},
		},
	}

	run := errorCaseRunner(t, e.srv, e.h)
	for _, p := range numberPaths() {
		build := func() *http.Request {
			e.token = accessToken(t, e.ts.URL)
			switch p {
			case orderByIDPath:
				return e.request(http.MethodGet, orderPath+"/"+finished.OrderID, "")
			case freeNumberPath:
				return e.request(http.MethodGet, p+"?countryCode=GB", "")
			case orderPath, inventoryPath:
				return e.request(http.MethodGet, p, "")
			}
			return e.request(http.MethodPost, p, `{"customerReference":"x"}`)
		}
		run(p, build, append(slices.Clone(common), cases[p]...))
	}
	checkRowsProduced(t, e.h, numberPaths()...)
}

// The document describes exactly the operations the tests exercise.
func TestEveryPathIsExercised(t *testing.T) {
	var inDoc []string
	for path := range loadSpec(t).Paths.Map() {
		inDoc = append(inDoc, path)
	}
	slices.Sort(inDoc)
	want := append(append(numberPaths(), voicePaths()...), tokenPath)
	slices.Sort(want)
	if !slices.Equal(inDoc, want) {
		t.Errorf("colt.yaml paths %v, tested %v", inDoc, want)
	}
}

// DropNextResponses works behind the validating wrapper too (the mock
// cannot hijack a recorder, so it aborts the handler): the client sees a
// connection error, the order exists.
func TestDropThroughContractHandler(t *testing.T) {
	e := newNumberEnv(t, true)
	e.srv.DropNextResponses(1, "POST "+orderURL("reservation"))
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	body := `{"customerReference":"dropped","countryCode":"GB","quantity":2}`
	resp, err := client.Do(e.request(http.MethodPost, orderURL("reservation"), body))
	if err == nil {
		_ = resp.Body.Close()
		t.Fatalf("got an answer (%d), want a connection error", resp.StatusCode)
	}
	if got := e.srv.OrdersPlaced()["reservation"]; got != 1 {
		t.Errorf("OrdersPlaced %d, want 1", got)
	}
	e.place("reservation", body, http.StatusOK)
}
