package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/colt-community/terraform-provider-colt/api"
)

const (
	maxBody      = 1 << 20
	excerptLimit = 300
	specLimit    = 600
	specMatches  = "matches colt.yaml"
)

// Exchange is one request the probe sent and the answer it got, as the
// report shows it: every credential, token and secret redacted.
type Exchange struct {
	Method      string   `json:"method"`
	Target      string   `json:"target"` // path and query as sent
	TrackingID  string   `json:"tracking_id,omitempty"`
	Status      int      `json:"status,omitempty"`
	Location    string   `json:"location,omitempty"`
	ContentType string   `json:"content_type,omitempty"`
	Fields      []string `json:"fields,omitempty"` // top-level keys of a JSON object body
	Excerpt     string   `json:"excerpt,omitempty"`
	Spec        string   `json:"spec"`          // specMatches, or what does not match
	Row         string   `json:"row,omitempty"` // the error row colt.yaml lists, when one matched
	Error       string   `json:"error,omitempty"`

	header http.Header
	body   []byte
	specOK bool
}

// answered tells whether an answer came back at all.
func (e *Exchange) answered() bool { return e != nil && e.Error == "" }

// ok tells whether the answer has one of the statuses and matches colt.yaml.
func (e *Exchange) ok(statuses ...int) bool {
	return e.answered() && e.specOK && slices.Contains(statuses, e.Status)
}

// object decodes a JSON object body, or returns nil.
func (e *Exchange) object() map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if e == nil || json.Unmarshal(e.body, &m) != nil {
		return nil
	}
	return m
}

// send performs req without following redirects and records the exchange.
func (p *Probe) send(ctx context.Context, req *http.Request) *Exchange {
	ex := &Exchange{Method: req.Method, Target: req.URL.RequestURI(), TrackingID: req.Header.Get(trackingHeader)}
	p.seen = append(p.seen, ex)
	resp, err := p.http.Do(req.WithContext(ctx))
	if err != nil {
		ex.Error = p.clean(err.Error(), excerptLimit)
		ex.Spec = "no answer"
		return ex
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		ex.Error = p.clean("reading the body: "+err.Error(), excerptLimit)
	}
	ex.Status, ex.header, ex.body = resp.StatusCode, resp.Header, body
	ex.ContentType = resp.Header.Get("Content-Type")
	ex.Location = p.clean(resp.Header.Get("Location"), excerptLimit)
	if m := ex.object(); m != nil {
		for k := range m {
			ex.Fields = append(ex.Fields, k)
		}
		slices.Sort(ex.Fields)
	}
	ex.Excerpt = p.clean(string(body), excerptLimit)
	row, err := p.validate(req, resp.StatusCode, resp.Header, body)
	ex.specOK = err == nil
	ex.Spec = specMatches
	if err != nil {
		ex.Spec = p.clean(err.Error(), specLimit)
	}
	ex.Row = row
	return ex
}

// validate checks an answer against colt.yaml. Billing paths are routed in
// whichever form, with or without /v1, the document has.
func (p *Probe) validate(req *http.Request, status int, header http.Header, body []byte) (string, error) {
	row, err := p.spec.Check(req, "", status, header, body)
	if errors.Is(err, api.ErrNoRoute) {
		if alt, ok := billingAlternative(req.URL.Path); ok {
			return p.spec.Check(req, alt, status, header, body)
		}
	}
	return row, err
}

// billingAlternative is a billing path in its other form: with /v1 when it
// has none, without when it has.
func billingAlternative(path string) (string, bool) {
	rest, ok := strings.CutPrefix(path, billingBase)
	if !ok {
		return "", false
	}
	if r, v1 := strings.CutPrefix(rest, "v1/"); v1 {
		return billingBase + r, true
	}
	return billingBase + "v1/" + rest, true
}
