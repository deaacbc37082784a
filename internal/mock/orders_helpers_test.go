package mock

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const (
	otherClientID     = "other-client"
	otherClientSecret = "other-secret"
	testDelay         = time.Second
)

// env is a mock with a fake clock, a step delay of testDelay and two
// clients, each with a token.
type env struct {
	t     *testing.T
	s     *Server
	ts    *httptest.Server
	clock *fakeClock
	token string // DefaultClientID's
	other string // otherClientID's
}

func newEnv(t *testing.T) *env {
	t.Helper()
	clock := newFakeClock()
	s, ts := startServer(t, Config{
		Now: clock.Now, OrderDelay: testDelay, TokenLifetime: 10000 * time.Hour,
		Clients: map[string]string{DefaultClientID: DefaultClientSecret, otherClientID: otherClientSecret},
	})
	e := &env{t: t, s: s, ts: ts, clock: clock}
	e.token = fetchToken(t, ts.URL).AccessToken
	req := tokenRequest(t, ts.URL)
	req.Header.Set("Authorization", basicAuth(otherClientID, otherClientSecret))
	res := do(t, req)
	var tok tokenResponse
	if err := json.Unmarshal(res.body, &tok); err != nil || tok.AccessToken == "" {
		t.Fatalf("other token: %d %s", res.status, res.body)
	}
	e.other = tok.AccessToken
	return e
}

// request builds an API request with the default client's token.
func (e *env) request(method, path, body string) *http.Request {
	e.t.Helper()
	var req *http.Request
	var err error
	if body == "" {
		req, err = http.NewRequest(method, e.ts.URL+path, nil)
	} else {
		req, err = http.NewRequest(method, e.ts.URL+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("x-tracking-id", "orders-test")
	req.Header.Set("Authorization", "Bearer "+e.token)
	return req
}

func (e *env) call(method, path, body string) result {
	e.t.Helper()
	return do(e.t, e.request(method, path, body))
}

func (e *env) as(token string, method, path, body string) result {
	e.t.Helper()
	req := e.request(method, path, body)
	req.Header.Set("Authorization", "Bearer "+token)
	return do(e.t, req)
}

func orderURL(orderType string) string { return numberBase + orderType + orderPathSuffix }

// place posts an order and decodes the answer, which must have status want.
func (e *env) place(token, orderType, body string, want int) orderView {
	e.t.Helper()
	res := e.as(token, http.MethodPost, orderURL(orderType), body)
	if res.status != want {
		e.t.Fatalf("POST %s: status %d, want %d: %s", orderType, res.status, want, res.body)
	}
	var o orderView
	if err := json.Unmarshal(res.body, &o); err != nil {
		e.t.Fatal(err)
	}
	return o
}

// done places an order and advances the clock until it has ended.
func (e *env) done(orderType, body string) orderView {
	e.t.Helper()
	o := e.place(e.token, orderType, body, http.StatusCreated)
	for range 10 {
		e.clock.Advance(testDelay)
		if o = e.order(e.token, o.OrderID); o.Status == orderCompleted || o.Status == orderFailed {
			return o
		}
	}
	e.t.Fatalf("order %s did not end: %+v", o.OrderID, o)
	return o
}

func (e *env) order(token, id string) orderView {
	e.t.Helper()
	res := e.as(token, http.MethodGet, orderPath+"/"+id, "")
	if res.status != http.StatusOK {
		e.t.Fatalf("GET order %s: %d %s", id, res.status, res.body)
	}
	var o orderView
	if err := json.Unmarshal(res.body, &o); err != nil {
		e.t.Fatal(err)
	}
	return o
}

func (e *env) inventory(token, query string) numbersResponse {
	e.t.Helper()
	res := e.as(token, http.MethodGet, inventoryPath+"?"+query, "")
	if res.status != http.StatusOK {
		e.t.Fatalf("GET inventory ?%s: %d %s", query, res.status, res.body)
	}
	var out numbersResponse
	if err := json.Unmarshal(res.body, &out); err != nil {
		e.t.Fatal(err)
	}
	return out
}

func (e *env) free(query string) freeNumbersResponse {
	e.t.Helper()
	res := e.call(http.MethodGet, freeNumberPath+"?"+query, "")
	if res.status != http.StatusOK {
		e.t.Fatalf("GET freeNumber ?%s: %d %s", query, res.status, res.body)
	}
	var out freeNumbersResponse
	if err := json.Unmarshal(res.body, &out); err != nil {
		e.t.Fatal(err)
	}
	return out
}

func numbersOf(details []numberDetail) []string {
	out := make([]string, len(details))
	for i, d := range details {
		out[i] = d.Number
	}
	return out
}

// gb returns GB pool numbers (area 20) seq..seq+n-1.
func gb(seq, n int) []string {
	out := make([]string, n)
	for i := range n {
		out[i] = poolFor("GB", "20").number(seq + i)
	}
	return out
}

func jsonList(numbers []string) string {
	b, _ := json.Marshal(numbers)
	return string(b)
}

func reserveBody(ref string, numbers []string) string {
	return fmt.Sprintf(`{"customerReference":%q,"countryCode":"GB","numbers":%s}`, ref, jsonList(numbers))
}

func activateBody(ref string, numbers []string, name string) string {
	return fmt.Sprintf(`{"customerReference":%q,"numbers":%s,"endCustomer":{"name":%q}}`, ref, jsonList(numbers), name)
}

func returnBodyFor(ref string, numbers []string) string {
	return fmt.Sprintf(`{"customerReference":%q,"numbers":%s}`, ref, jsonList(numbers))
}

// today is the fake clock's date.
func (e *env) today() string { return e.clock.Now().UTC().Format(time.DateOnly) }

func portInJSON(ref, carrier, date string, numbers []string) string {
	return fmt.Sprintf(`{"customerReference":%q,"countryCode":"GB","numbers":%s,"losingCarrier":%q,"requestedDate":%q,"endCustomer":{"name":"Acme"}}`,
		ref, jsonList(numbers), carrier, date)
}
