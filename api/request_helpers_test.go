package api

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// Request modifiers for error cases.

func withBody(b string) func(*http.Request) {
	return func(r *http.Request) {
		r.Body = io.NopCloser(strings.NewReader(b))
		r.ContentLength = int64(len(b))
	}
}

// withHeader sets a header, or removes it when value is empty.
func withHeader(name, value string) func(*http.Request) {
	return func(r *http.Request) {
		if value == "" {
			r.Header.Del(name)
		} else {
			r.Header.Set(name, value)
		}
	}
}

func withPath(p string) func(*http.Request) { return func(r *http.Request) { r.URL.Path = p } }

// bearerErrorCases are the rows every bearer-authenticated Voice route answers.
func bearerErrorCases() []errorCase {
	return []errorCase{
		{name: "x-tracking-id missing", modify: withHeader("x-tracking-id", ""), row: "400/004"},
		{name: "no authorization", modify: withHeader("Authorization", ""), row: "401/001"},
		{name: "invalid token", modify: withHeader("Authorization", "Bearer not-a-jwt"), row: "401/002"},
		{name: "rate limited", setup: func(s *mock.Server) { s.FailNext(1, 429, "001") }, row: "429/001"},
		{name: "unavailable", setup: func(s *mock.Server) { s.SetFaults(mock.Faults{Unavailable: 1}) }, row: "503/001"},
	}
}

// driftInput is a bearer-authenticated request routed against the document,
// ready for openapi3filter.ValidateRequest.
func driftInput(t *testing.T, router routers.Router, method, target, body string) *openapi3filter.RequestValidationInput {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, "http://"+routedHost+target, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("x-tracking-id", "drift")
	req.Header.Set("Authorization", "Bearer a.b.c")
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Fatal(err)
	}
	return &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: requestOptions}
}

// replaceOnce replaces the first old in s, failing when there is none.
func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q not in %s", old, s)
	}
	return strings.Replace(s, old, new, 1)
}

type driftRequest struct{ name, method, target, body string }

// checkRequests requires the document to accept every valid request and
// reject every drifted one.
func checkRequests(t *testing.T, router routers.Router, valid, drifted []driftRequest) {
	t.Helper()
	for _, tc := range valid {
		if err := openapi3filter.ValidateRequest(context.Background(), driftInput(t, router, tc.method, tc.target, tc.body)); err != nil {
			t.Errorf("%s: a valid request was rejected: %v", tc.name, err)
		}
	}
	for _, tc := range drifted {
		if err := openapi3filter.ValidateRequest(context.Background(), driftInput(t, router, tc.method, tc.target, tc.body)); err == nil {
			t.Errorf("%s: a drifted request passed validation", tc.name)
		}
	}
}
