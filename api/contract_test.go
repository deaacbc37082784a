package api

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const (
	tokenPath      = "/authentication/v1/oauth/token"
	freeNumberPath = "/numberManagement/v1/freeNumber"
	formMediaType  = "application/x-www-form-urlencoded"
)

// loadSpec parses and validates colt.yaml; every call returns a fresh copy.
func loadSpec(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// routerFor routes requests sent to baseURL (an httptest server) by path:
// the document's servers are replaced by baseURL.
func routerFor(t *testing.T, baseURL string) routers.Router {
	t.Helper()
	router, err := NewRouter(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	return router
}

type errorRow = ErrorRow

func errorRows(t *testing.T, resp *openapi3.Response) []errorRow {
	t.Helper()
	rows, err := ErrorRows(resp)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// validateResponse is ValidateResponse in a test.
func validateResponse(t *testing.T, in *openapi3filter.RequestValidationInput, status int, header http.Header, body []byte) (string, error) {
	t.Helper()
	return ValidateResponse(in, status, header, body)
}

// contractHandler sits between a client and the mock. Every exchange is
// checked against the document; with checkRequests, the request is too.
type contractHandler struct {
	t             *testing.T
	next          http.Handler
	router        routers.Router
	checkRequests bool

	mu        sync.Mutex
	exchanges []string // "METHOD path status[ row]"
	rows      map[string]bool
}

// routedHost is the server the contract handler routes requests as sent
// to, whatever address they really reached.
const routedHost = "contract.test"

// newContractWrapper puts a contractHandler in front of next.
func newContractWrapper(t *testing.T, next http.Handler, checkRequests bool) *contractHandler {
	return &contractHandler{t: t, next: next, checkRequests: checkRequests, rows: map[string]bool{},
		router: routerFor(t, "http://"+routedHost)}
}

func newContractHandler(t *testing.T, next http.Handler, checkRequests bool) (*contractHandler, *httptest.Server) {
	h := newContractWrapper(t, next, checkRequests)
	return h, serveWrapped(t, next, func(http.Handler) http.Handler { return h })
}

// serveWrapped serves next behind wrap (nil: directly) on an httptest
// server. wrap is where request and response checks go, e.g.
//
//	var h *contractHandler
//	ts := serveWrapped(t, srv, func(next http.Handler) http.Handler {
//		h = newContractWrapper(t, next, true) // requests too
//		return h
//	})
func serveWrapped(t *testing.T, next http.Handler, wrap func(http.Handler) http.Handler) *httptest.Server {
	t.Helper()
	if wrap != nil {
		next = wrap(next)
	}
	ts := httptest.NewServer(next)
	t.Cleanup(ts.Close)
	return ts
}

func (h *contractHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		h.t.Errorf("reading request body: %v", err)
	}
	r.Body = io.NopCloser(bytes.NewReader(body))

	routed := r.Clone(r.Context())
	routed.URL.Scheme, routed.URL.Host = "http", routedHost
	route, pathParams, err := h.router.FindRoute(routed)
	if err != nil {
		h.t.Errorf("%s %s is not in colt.yaml: %v", r.Method, r.URL.Path, err)
		h.next.ServeHTTP(w, r)
		return
	}
	// Validate a copy, so that the mock gets exactly what the client sent.
	vr := r.Clone(r.Context())
	vr.Body = io.NopCloser(bytes.NewReader(body))
	in := &openapi3filter.RequestValidationInput{
		Request:    vr,
		PathParams: pathParams,
		Route:      route,
		Options:    requestOptions,
	}
	if h.checkRequests {
		if err := openapi3filter.ValidateRequest(r.Context(), in); err != nil {
			h.t.Errorf("request %s %s does not match colt.yaml: %v", r.Method, r.URL.Path, err)
		}
	}

	rec := httptest.NewRecorder()
	h.next.ServeHTTP(rec, r)
	row, err := validateResponse(h.t, in, rec.Code, rec.Header(), rec.Body.Bytes())
	if err != nil {
		h.t.Errorf("response to %s %s (%d %s) does not match colt.yaml: %v", r.Method, r.URL.Path, rec.Code, rec.Body.Bytes(), err)
	}

	h.mu.Lock()
	exchange := fmt.Sprintf("%s %s %d", r.Method, route.Path, rec.Code)
	if row != "" {
		exchange += " " + row
		h.rows[r.Method+" "+route.Path+" "+row] = true
	}
	h.exchanges = append(h.exchanges, exchange)
	h.mu.Unlock()

	maps.Copy(w.Header(), rec.Header())
	w.WriteHeader(rec.Code)
	_, _ = w.Write(rec.Body.Bytes())
}

func (h *contractHandler) seen() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.exchanges)
}

func (h *contractHandler) seenRow(method, path, row string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.rows[method+" "+path+" "+row]
}

func TestSpecIsValidOpenAPI(t *testing.T) {
	doc := loadSpec(t)
	if doc.OpenAPI != "3.0.3" {
		t.Errorf("openapi = %q, want 3.0.3", doc.OpenAPI)
	}
	var servers []string
	for _, s := range doc.Servers {
		servers = append(servers, s.URL)
	}
	if want := []string{"https://apis.colt.net", "https://sandbox.apis.colt.net"}; !slices.Equal(servers, want) {
		t.Errorf("servers %v, want %v", servers, want)
	}
	for _, env := range colt.Environments {
		u, err := colt.BaseURL(env, "")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(servers, u.String()) {
			t.Errorf("the client's %s gateway %s is not a server in colt.yaml", env, u)
		}
	}
	if doc.Paths.Find(colt.TokenPath) == nil {
		t.Errorf("colt.TokenPath %s is not in colt.yaml", colt.TokenPath)
	}
}

func TestSpecCountriesMatchClient(t *testing.T) {
	doc := loadSpec(t)
	var inSpec []string
	for _, v := range doc.Components.Schemas["CountryCode"].Value.Enum {
		inSpec = append(inSpec, fmt.Sprint(v))
	}
	slices.Sort(inSpec)
	inClient := slices.Sorted(maps.Keys(colt.Countries))
	if !slices.Equal(inSpec, inClient) {
		t.Errorf("CountryCode enum %v, colt.Countries %v", inSpec, inClient)
	}
}

// (a) What the real client sends, and what the mock answers it, match the
// document.
func TestClientAndMockFollowSpec(t *testing.T) {
	srv := mock.New(mock.Config{})
	h, ts := newContractHandler(t, srv, true)
	c := newContractClient(t, ts.URL)
	ctx := context.Background()

	if _, err := c.Token(ctx); err != nil {
		t.Fatalf("token: %v", err)
	}
	nums, err := c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: "GB", AreaCode: "20", Quantity: 3})
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if len(nums) != 3 {
		t.Errorf("got %d numbers, want 3", len(nums))
	}
	// Colt's default quantity, and every country at the maximum quantity.
	if _, err := c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: "DE"}); err != nil {
		t.Fatalf("search DE: %v", err)
	}
	for _, code := range slices.Sorted(maps.Keys(colt.Countries)) {
		if _, err := c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: code, Quantity: 100}); err != nil {
			t.Errorf("search %s: %v", code, err)
		}
	}

	// A revoked token: 401, a new token, the call again.
	srv.RevokeTokens()
	if _, err := c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: "FR", Quantity: 1}); err != nil {
		t.Fatalf("search after revoke: %v", err)
	}
	// A transient failure the client retries (after Retry-After: 1).
	srv.FailNext(1, http.StatusServiceUnavailable, "001")
	if _, err := c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: "IT", Quantity: 1}); err != nil {
		t.Fatalf("search after 503: %v", err)
	}
	// An error the client reports.
	var apiErr *colt.APIError
	_, err = c.SearchFreeNumbers(ctx, colt.FreeNumberQuery{CountryCode: "DK", AreaCode: "12345"})
	if !errors.As(err, &apiErr) || apiErr.Row() != "400/103" {
		t.Errorf("search DK with a 5-digit area code: %v, want 400/103", err)
	}

	seen := h.seen()
	for _, want := range []string{
		"POST " + tokenPath + " 200",
		"GET " + freeNumberPath + " 200",
		"GET " + freeNumberPath + " 401 401/002 Authentication error",
		"GET " + freeNumberPath + " 503 503/001 service unavailable",
		"GET " + freeNumberPath + " 400 400/103 Validation not met",
	} {
		if !slices.Contains(seen, want) {
			t.Errorf("no exchange %q among %q", want, seen)
		}
	}
	if got := strings.Count(strings.Join(seen, "\n"), "POST "+tokenPath+" 200"); got != 2 {
		t.Errorf("%d token requests, want 2 (first and after revoke)", got)
	}
}

// newContractClient is the real client, talking to baseURL with the mock's
// demo credentials and quick retries.
func newContractClient(t *testing.T, baseURL string) *colt.Client {
	t.Helper()
	base, err := colt.ParseBaseURL(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	c, err := colt.New(colt.Config{
		BaseURL:      base,
		ClientID:     mock.DefaultClientID,
		ClientSecret: colt.Secret(mock.DefaultClientSecret),
		UserAgent:    "contract-test",
		MaxRetries:   2,
		RetryWaitMin: time.Millisecond,
		RetryWaitMax: 10 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Raw requests, built the way internal/mock/token_test.go builds them.

func basicAuth(id, secret string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(id+":"+secret))
}

func tokenRequest(t *testing.T, baseURL string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, baseURL+tokenPath,
		strings.NewReader(url.Values{"grant_type": {"client_credentials"}}.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", formMediaType)
	req.Header.Set("x-tracking-id", "contract-test")
	req.Header.Set("Authorization", basicAuth(mock.DefaultClientID, mock.DefaultClientSecret))
	return req
}

func setForm(r *http.Request, v url.Values) {
	body := v.Encode()
	r.Body = io.NopCloser(strings.NewReader(body))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(body)), nil }
	r.ContentLength = int64(len(body))
}

func freeNumberRequest(t *testing.T, baseURL, query, authorization string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, baseURL+freeNumberPath+"?"+query, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("x-tracking-id", "contract-test")
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	return req
}

func send(t *testing.T, req *http.Request) int {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode
}

func accessToken(t *testing.T, baseURL string) string {
	t.Helper()
	resp, err := http.DefaultClient.Do(tokenRequest(t, baseURL))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil || tok.AccessToken == "" {
		t.Fatalf("token: %d %v", resp.StatusCode, err)
	}
	return tok.AccessToken
}

type errorCase struct {
	name   string
	setup  func(*mock.Server)
	modify func(*http.Request)
	row    string // status/code
}

// (b) Every error row the mock answers is in the document, and every row the
// document lists is one the mock answers.
func TestMockErrorAnswersFollowSpec(t *testing.T) {
	form := func(v url.Values) func(*http.Request) {
		return func(r *http.Request) { setForm(r, v) }
	}
	tokenCases := []errorCase{
		{name: "basic credential without colon", modify: withHeader("Authorization", "Basic bm9jb2xvbg=="), row: "400/001"},
		{name: "basic without credential", modify: withHeader("Authorization", "Basic"), row: "400/001"},
		{name: "basic credential not base64", modify: withHeader("Authorization", "Basic !!!"), row: "400/001"},
		{name: "empty client id", modify: withHeader("Authorization", basicAuth("", mock.DefaultClientSecret)), row: "400/001"},
		{name: "grant_type missing", modify: form(url.Values{"scope": {"voice"}}), row: "400/002"},
		{name: "content-type missing", modify: withHeader("Content-Type", ""), row: "400/003"},
		{name: "x-tracking-id missing", modify: withHeader("x-tracking-id", ""), row: "400/004"},
		{name: "x-tracking-id blank", modify: withHeader("x-tracking-id", "  "), row: "400/004"},
		{name: "credentials in body and header", modify: form(url.Values{"grant_type": {"client_credentials"},
			"client_id": {mock.DefaultClientID}, "client_secret": {mock.DefaultClientSecret}}), row: "400/005"},
		{name: "unsupported parameter", modify: form(url.Values{"grant_type": {"client_credentials"}, "username": {"x"}}), row: "400/005"},
		{name: "repeated parameter", modify: form(url.Values{"grant_type": {"client_credentials", "client_credentials"}}), row: "400/005"},
		{name: "grant type not supported", modify: form(url.Values{"grant_type": {"password"}}), row: "400/006"},
		{name: "no client authentication", modify: withHeader("Authorization", ""), row: "401/001"},
		{name: "credentials in body only", modify: func(r *http.Request) {
			r.Header.Del("Authorization")
			setForm(r, url.Values{"grant_type": {"client_credentials"},
				"client_id": {mock.DefaultClientID}, "client_secret": {mock.DefaultClientSecret}})
		}, row: "401/002"},
		{name: "bearer scheme", modify: withHeader("Authorization", "Bearer abc"), row: "401/002"},
		{name: "wrong secret", modify: withHeader("Authorization", basicAuth(mock.DefaultClientID, "wrong")), row: "401/002"},
		{name: "unknown client", modify: withHeader("Authorization", basicAuth("someone-else", mock.DefaultClientSecret)), row: "401/002"},
		{name: "json body", modify: withHeader("Content-Type", "application/json"), row: "415/001"},
		{name: "injected 500/001", setup: func(s *mock.Server) { s.FailNext(1, 500, "001") }, row: "500/001"},
		{name: "token generation failure", setup: func(s *mock.Server) { s.SetFaults(mock.Faults{TokenFailure: 1}) }, row: "500/002"},
		{name: "unavailable", setup: func(s *mock.Server) { s.SetFaults(mock.Faults{Unavailable: 1}) }, row: "503/001"},
		{name: "injected 503/001", setup: func(s *mock.Server) { s.FailNext(1, 503, "001") }, row: "503/001"},
	}
	freeNumberCases := []errorCase{
		{name: "x-tracking-id missing", modify: withHeader("x-tracking-id", ""), row: "400/004"},
		{name: "countryCode missing", modify: query(""), row: "400/101"},
		{name: "countryCode UK", modify: query("countryCode=UK"), row: "400/101"},
		{name: "countryCode lower case", modify: query("countryCode=gb"), row: "400/101"},
		{name: "quantity zero", modify: query("countryCode=GB&quantity=0"), row: "400/102"},
		{name: "quantity too large", modify: query("countryCode=GB&quantity=101"), row: "400/102"},
		{name: "quantity not a number", modify: query("countryCode=GB&quantity=ten"), row: "400/102"},
		{name: "areaCode not digits", modify: query("countryCode=GB&areaCode=2x"), row: "400/103"},
		{name: "areaCode too long", modify: query("countryCode=DK&areaCode=12345"), row: "400/103"},
		{name: "numberType mobile", modify: query("countryCode=GB&numberType=mobile"), row: "400/100"},
		{name: "limit too large", modify: query("countryCode=GB&limit=201"), row: "400/105"},
		{name: "offset negative", modify: query("countryCode=GB&offset=-1"), row: "400/105"},
		{name: "no authorization", modify: withHeader("Authorization", ""), row: "401/001"},
		{name: "basic scheme", modify: withHeader("Authorization", basicAuth(mock.DefaultClientID, mock.DefaultClientSecret)), row: "401/001"},
		{name: "bearer without token", modify: withHeader("Authorization", "Bearer"), row: "401/001"},
		{name: "invalid token", modify: withHeader("Authorization", "Bearer not-a-jwt"), row: "401/002"},
		{name: "revoked token", setup: func(s *mock.Server) { s.RevokeTokens() }, row: "401/002"},
		{name: "rate limited", setup: func(s *mock.Server) { s.FailNext(1, 429, "001") }, row: "429/001"},
		{name: "unavailable", setup: func(s *mock.Server) { s.SetFaults(mock.Faults{Unavailable: 1}) }, row: "503/001"},
	}

	srv := mock.New(mock.Config{})
	h, ts := newContractHandler(t, srv, false)
	run := errorCaseRunner(t, srv, h)
	run(tokenPath, func() *http.Request { return tokenRequest(t, ts.URL) }, tokenCases)
	run(freeNumberPath, func() *http.Request {
		return freeNumberRequest(t, ts.URL, "countryCode=GB", "Bearer "+accessToken(t, ts.URL))
	}, freeNumberCases)
	checkRowsProduced(t, h, tokenPath, freeNumberPath)
}

// errorCaseRunner returns a function that sends, for each case, the request
// build makes, changed by the case, and checks that exactly the case's row
// came back (the contract handler validates the answer).
func errorCaseRunner(t *testing.T, srv *mock.Server, h *contractHandler) func(path string, build func() *http.Request, cases []errorCase) {
	return func(path string, build func() *http.Request, cases []errorCase) {
		for _, tc := range cases {
			t.Run(path+"/"+tc.name, func(t *testing.T) {
				srv.Reset()
				req := build()
				if tc.setup != nil {
					tc.setup(srv)
				}
				if tc.modify != nil {
					tc.modify(req)
				}
				before := len(h.seen())
				status := send(t, req)
				srv.Reset()
				if got := fmt.Sprint(status); !strings.HasPrefix(tc.row, got+"/") {
					t.Fatalf("status %d, want row %s", status, tc.row)
				}
				seen := h.seen()[before:]
				if len(seen) != 1 || !strings.Contains(seen[0], " "+tc.row+" ") {
					t.Errorf("exchanges %q, want one with row %s", seen, tc.row)
				}
			})
		}
	}
}

// checkRowsProduced fails for every row the document lists for paths that
// the contract handler has not seen (produced and validated).
func checkRowsProduced(t *testing.T, h *contractHandler, paths ...string) {
	t.Helper()
	doc := loadSpec(t)
	for _, path := range paths {
		item := doc.Paths.Value(path)
		if item == nil {
			t.Errorf("%s is not in colt.yaml", path)
			continue
		}
		for method, op := range item.Operations() {
			for _, resp := range op.Responses.Map() {
				for _, row := range errorRows(t, resp.Value) {
					if !h.seenRow(method, path, row.Key()) {
						t.Errorf("%s %s: row %s is in colt.yaml but no test case produced it", method, path, row.Key())
					}
				}
			}
		}
	}
}

func query(raw string) func(*http.Request) {
	return func(r *http.Request) { r.URL.RawQuery = raw }
}

// The checks have teeth: answers and requests that drift from the document
// are rejected.
func TestValidationRejectsDrift(t *testing.T) {
	router := routerFor(t, "http://127.0.0.1:1")
	input := func(req *http.Request) *openapi3filter.RequestValidationInput {
		t.Helper()
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Fatal(err)
		}
		return &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: requestOptions}
	}
	jsonHeader := func(extra ...string) http.Header {
		h := http.Header{"Content-Type": {"application/json"}}
		for i := 0; i+1 < len(extra); i += 2 {
			h.Set(extra[i], extra[i+1])
		}
		return h
	}
	tokenIn := input(tokenRequest(t, "http://127.0.0.1:1"))
	numbersIn := input(freeNumberRequest(t, "http://127.0.0.1:1", "countryCode=GB", "Bearer a.b.c"))

	good := []struct {
		name   string
		in     *openapi3filter.RequestValidationInput
		status int
		header http.Header
		body   string
	}{
		{"token", tokenIn, 200, jsonHeader(), `{"access_token":"eyJh.eyJz.sig","token_type":"Bearer","expires_in":1800}`},
		{"numbers", numbersIn, 200, jsonHeader(), `{"freeNumbers":[{"number":"+442071230000","countryCode":"GB","areaCode":"20"}],"totalCount":9999,"offset":0,"limit":1}`},
		{"error", tokenIn, 400, jsonHeader(), `{"status":400,"code":"004","reason":"Validation not met","message":"m","details":""}`},
		{"503 with HTTP-date", numbersIn, 503, jsonHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),
			`{"status":503,"code":"001","reason":"service unavailable","message":"m","details":""}`},
	}
	for _, tc := range good {
		if _, err := validateResponse(t, tc.in, tc.status, tc.header, []byte(tc.body)); err != nil {
			t.Errorf("%s: a valid answer was rejected: %v", tc.name, err)
		}
	}

	bad := []struct {
		name   string
		in     *openapi3filter.RequestValidationInput
		status int
		header http.Header
		body   string
	}{
		{"token field renamed", tokenIn, 200, jsonHeader(), `{"access_token":"eyJh.eyJz.sig","token_type":"Bearer","expiresIn":1800}`},
		{"token not a JWT", tokenIn, 200, jsonHeader(), `{"access_token":"opaque","token_type":"Bearer","expires_in":1800}`},
		{"expires_in a string", tokenIn, 200, jsonHeader(), `{"access_token":"eyJh.eyJz.sig","token_type":"Bearer","expires_in":"1800"}`},
		{"error field renamed", tokenIn, 400, jsonHeader(), `{"status":400,"code":"004","reason":"Validation not met","msg":"m","details":""}`},
		{"error code not 3 digits", tokenIn, 400, jsonHeader(), `{"status":400,"code":"4","reason":"Validation not met","message":"m","details":""}`},
		{"error status a string", tokenIn, 400, jsonHeader(), `{"status":"400","code":"004","reason":"Validation not met","message":"m","details":""}`},
		{"row not listed", tokenIn, 400, jsonHeader(), `{"status":400,"code":"007","reason":"Validation not met","message":"m","details":""}`},
		{"reason differs", tokenIn, 400, jsonHeader(), `{"status":400,"code":"004","reason":"Bad request","message":"m","details":""}`},
		{"body status differs", tokenIn, 400, jsonHeader(), `{"status":401,"code":"004","reason":"Validation not met","message":"m","details":""}`},
		{"undocumented status", tokenIn, 418, jsonHeader(), `{"status":418,"code":"001","reason":"teapot","message":"m","details":""}`},
		{"not JSON", tokenIn, 200, http.Header{"Content-Type": {"text/html"}}, `<html></html>`},
		{"503 without Retry-After", tokenIn, 503, jsonHeader(), `{"status":503,"code":"001","reason":"service unavailable","message":"m","details":""}`},
		{"number not E.164", numbersIn, 200, jsonHeader(), `{"freeNumbers":[{"number":"00442071230000","countryCode":"GB","areaCode":"20"}],"totalCount":1}`},
		{"country not served", numbersIn, 200, jsonHeader(), `{"freeNumbers":[{"number":"+12025550100","countryCode":"US","areaCode":"202"}],"totalCount":1}`},
		{"numbers field renamed", numbersIn, 200, jsonHeader(), `{"numbers":[],"totalCount":0}`},
	}
	for _, tc := range bad {
		if _, err := validateResponse(t, tc.in, tc.status, tc.header, []byte(tc.body)); err == nil {
			t.Errorf("%s: a drifted answer passed validation", tc.name)
		}
	}

	badRequests := map[string]*http.Request{}
	req := tokenRequest(t, "http://127.0.0.1:1")
	req.Header.Del("x-tracking-id")
	badRequests["token without x-tracking-id"] = req
	req = tokenRequest(t, "http://127.0.0.1:1")
	req.Header.Set("Authorization", "Bearer a.b.c")
	badRequests["token with bearer"] = req
	req = tokenRequest(t, "http://127.0.0.1:1")
	setForm(req, url.Values{"grant_type": {"password"}})
	badRequests["token with password grant"] = req
	badRequests["numbers with basic"] = freeNumberRequest(t, "http://127.0.0.1:1", "countryCode=GB",
		basicAuth(mock.DefaultClientID, mock.DefaultClientSecret))
	badRequests["numbers for UK"] = freeNumberRequest(t, "http://127.0.0.1:1", "countryCode=UK", "Bearer a.b.c")
	badRequests["numbers quantity 101"] = freeNumberRequest(t, "http://127.0.0.1:1", "countryCode=GB&quantity=101", "Bearer a.b.c")
	badRequests["numbers without countryCode"] = freeNumberRequest(t, "http://127.0.0.1:1", "", "Bearer a.b.c")
	for name, req := range badRequests {
		if err := openapi3filter.ValidateRequest(context.Background(), input(req)); err == nil {
			t.Errorf("%s: a drifted request passed validation", name)
		}
	}
	if err := openapi3filter.ValidateRequest(context.Background(), input(tokenRequest(t, "http://127.0.0.1:1"))); err != nil {
		t.Errorf("a valid token request was rejected: %v", err)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
