package api

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// Load parses colt.yaml and checks that it is valid OpenAPI; every call
// returns a fresh copy.
func Load() (*openapi3.T, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(Spec)
	if err != nil {
		return nil, fmt.Errorf("loading colt.yaml: %w", err)
	}
	if err := doc.Validate(loader.Context, openapi3.EnableExamplesValidation()); err != nil {
		return nil, fmt.Errorf("colt.yaml is not valid OpenAPI: %w", err)
	}
	return doc, nil
}

// NewRouter routes requests sent to baseURL by path: the document's
// servers are replaced by baseURL.
func NewRouter(baseURL string) (routers.Router, error) {
	doc, err := Load()
	if err != nil {
		return nil, err
	}
	doc.Servers = openapi3.Servers{{URL: baseURL}}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("router: %w", err)
	}
	return router, nil
}

// checkAuthScheme stands in for Colt's gateway: it checks that the
// Authorization header uses the scheme the operation's security scheme
// names, and that a Basic credential has the base64(id:secret) form.
func checkAuthScheme(_ context.Context, in *openapi3filter.AuthenticationInput) error {
	scheme := in.SecurityScheme
	if scheme == nil || scheme.Type != "http" {
		return in.NewError(fmt.Errorf("unexpected security scheme %q", in.SecuritySchemeName))
	}
	got, credential, _ := strings.Cut(in.RequestValidationInput.Request.Header.Get("Authorization"), " ")
	if !strings.EqualFold(got, scheme.Scheme) || credential == "" {
		return in.NewError(fmt.Errorf("authorization scheme %q, want %q with a credential", got, scheme.Scheme))
	}
	if strings.EqualFold(scheme.Scheme, "basic") {
		decoded, err := base64.StdEncoding.DecodeString(credential)
		if err != nil || !bytes.Contains(decoded, []byte(":")) {
			return in.NewError(errors.New("basic credential is not base64(id:secret)"))
		}
	}
	return nil
}

var (
	requestOptions = &openapi3filter.Options{
		AuthenticationFunc:  checkAuthScheme,
		SkipSettingDefaults: true,
		MultiError:          true,
	}
	responseOptions = &openapi3filter.Options{
		IncludeResponseStatus: true, // an undocumented status is a failure
		MultiError:            true,
	}
)

// ErrorRow is one entry of an x-colt-error-rows extension.
type ErrorRow struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
	Source  string `json:"source"`
}

// Key identifies the row: "401/002 Authentication error".
func (r ErrorRow) Key() string { return fmt.Sprintf("%d/%s %s", r.Status, r.Code, r.Reason) }

// ErrorRows reads the x-colt-error-rows of a response.
func ErrorRows(resp *openapi3.Response) ([]ErrorRow, error) {
	raw, ok := resp.Extensions["x-colt-error-rows"]
	if !ok {
		return nil, nil
	}
	encoded, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	var rows []ErrorRow
	if err := json.Unmarshal(encoded, &rows); err != nil {
		return nil, fmt.Errorf("x-colt-error-rows: %w", err)
	}
	return rows, nil
}

// ValidateResponse checks one answer against the document: status, headers
// and body through openapi3filter, then, for an error, that its
// status/code/reason is one of the rows the response lists. It returns the
// row key for error answers.
func ValidateResponse(in *openapi3filter.RequestValidationInput, status int, header http.Header, body []byte) (string, error) {
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 status,
		Header:                 header,
		Options:                responseOptions,
	}
	out.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		return "", err
	}
	if status < 400 {
		return "", nil
	}
	var e struct {
		Status int    `json:"status"`
		Code   string `json:"code"`
		Reason string `json:"reason"`
	}
	if err := json.Unmarshal(body, &e); err != nil {
		return "", err
	}
	if e.Status != status {
		return "", fmt.Errorf("error body status %d, HTTP status %d", e.Status, status)
	}
	got := ErrorRow{Status: e.Status, Code: e.Code, Reason: e.Reason}.Key()
	rows, err := ErrorRows(in.Route.Operation.Responses.Status(status).Value)
	if err != nil {
		return "", err
	}
	for _, row := range rows {
		if row.Key() == got {
			return got, nil
		}
	}
	return "", fmt.Errorf("row %s is not among the x-colt-error-rows of %s %s %d", got, in.Route.Method, in.Route.Path, status)
}

// ErrNoRoute is returned by Validator.Check for a request no operation of
// the document serves.
var ErrNoRoute = errors.New("no operation in colt.yaml")

// Validator checks live exchanges with any gateway against the document,
// routing each request by method and path only.
type Validator struct {
	router routers.Router
}

// routingHost is the server requests are routed as sent to, whatever host
// they really reached.
const routingHost = "http://colt.invalid"

// NewValidator loads the document for Check.
func NewValidator() (*Validator, error) {
	router, err := NewRouter(routingHost)
	if err != nil {
		return nil, err
	}
	return &Validator{router: router}, nil
}

// Check validates the answer (status, header, body) to req against the
// operation that serves path (req's own path when empty), as
// ValidateResponse does. It reads and restores req's body.
func (v *Validator) Check(req *http.Request, path string, status int, header http.Header, body []byte) (string, error) {
	routed := req.Clone(context.Background())
	var reqBody []byte
	if req.GetBody != nil {
		if rc, err := req.GetBody(); err == nil {
			reqBody, _ = io.ReadAll(rc)
			_ = rc.Close()
		}
	}
	routed.Body = io.NopCloser(bytes.NewReader(reqBody))
	u := *req.URL
	u.Scheme, u.Host = "http", strings.TrimPrefix(routingHost, "http://")
	if path != "" {
		u.Path, u.RawPath = path, ""
	}
	routed.URL = &u
	routed.Host = u.Host
	route, params, err := v.router.FindRoute(routed)
	if err != nil {
		return "", fmt.Errorf("%w: %s %s", ErrNoRoute, req.Method, u.Path)
	}
	in := &openapi3filter.RequestValidationInput{Request: routed, PathParams: params, Route: route, Options: requestOptions}
	return ValidateResponse(in, status, header, body)
}
