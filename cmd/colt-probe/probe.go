package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/google/uuid"

	"github.com/colt-community/terraform-provider-colt/api"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

const (
	trackingHeader = colt.TrackingHeader
	userAgent      = "colt-probe"
	jsonType       = "application/json"
	formType       = "application/x-www-form-urlencoded"
)

// Probe asks a Colt gateway read-only questions and checks each answer
// against api/colt.yaml. It never places an order.
type Probe struct {
	base     *url.URL
	clientID string
	secret   colt.Secret
	http     *http.Client
	spec     *api.Validator
	now      func() time.Time

	redact []string // secrets, Basic credentials and tokens seen
	token  string   // the access token, once the token call worked
	basic  string   // the Authorization header the gateway accepted
	report *Report
	seen   []*Exchange
	lists  []*Exchange // answers that should carry totalCount
}

func newProbe(base *url.URL, clientID string, secret colt.Secret, timeout time.Duration) (*Probe, error) {
	spec, err := api.NewValidator()
	if err != nil {
		return nil, err
	}
	return &Probe{
		base:     base,
		clientID: clientID,
		secret:   secret,
		spec:     spec,
		now:      time.Now,
		redact:   []string{secret.Reveal(), url.QueryEscape(secret.Reveal())},
		http: &http.Client{
			Transport: http.DefaultTransport.(*http.Transport).Clone(),
			Timeout:   timeout,
			// A redirect is an answer to report, never to follow.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}, nil
}

// Run makes every check and returns the report.
func (p *Probe) Run(ctx context.Context) *Report {
	sum := sha256.Sum256(api.Spec)
	p.report = &Report{
		Target:      p.base.String(),
		SpecVersion: "sha256:" + hex.EncodeToString(sum[:6]),
		StartedAt:   p.now().UTC(),
	}
	p.checkToken(ctx)
	p.checkTokenRows(ctx)
	p.checkNumbers(ctx)
	p.checkAddressAndVAT(ctx)
	p.checkBilling(ctx)
	p.checkWire()
	p.report.FinishedAt = p.now().UTC()
	return p.report
}

// newRequest builds a request to path on the gateway with a fresh
// x-tracking-id.
func (p *Probe) newRequest(method, path string, query url.Values, body []byte, contentType string) *http.Request {
	u := *p.base
	u.Path = p.base.Path + path
	u.RawQuery = query.Encode()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(context.Background(), method, u.String(), rd) // send sets the run's context
	if err != nil {
		panic(fmt.Sprintf("colt-probe: building %s %s: %v", method, path, err)) // only fixed paths reach here
	}
	req.Header.Set(trackingHeader, uuid.NewString())
	req.Header.Set("Accept", jsonType)
	req.Header.Set("User-Agent", userAgent)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return req
}

// call sends a bearer-authenticated request; without a token it sends
// nothing and returns nil.
func (p *Probe) call(ctx context.Context, method, path string, query url.Values, body []byte) *Exchange {
	if p.token == "" {
		return nil
	}
	contentType := ""
	if body != nil {
		contentType = jsonType
	}
	req := p.newRequest(method, path, query, body, contentType)
	req.Header.Set("Authorization", "Bearer "+p.token)
	return p.send(ctx, req)
}

func (p *Probe) get(ctx context.Context, path string, query url.Values) *Exchange {
	return p.call(ctx, http.MethodGet, path, query, nil)
}

func (p *Probe) clean(s string, limit int) string { return colt.Sanitise(s, limit, p.redact...) }

func (p *Probe) add(id, assumption string, v Verdict, detail string, exchanges ...*Exchange) {
	c := &Check{ID: id, Assumption: assumption, Verdict: v, Detail: detail}
	for _, ex := range exchanges {
		if ex != nil {
			c.Exchanges = append(c.Exchanges, ex)
		}
	}
	p.report.add(c)
}

const noToken = "not asked: the probe has no access token (see the token check)"

// expect records a check that holds when every exchange answered one of
// statuses (200 when none) and matches colt.yaml.
func (p *Probe) expect(id, assumption string, exchanges []*Exchange, statuses ...int) {
	if len(statuses) == 0 {
		statuses = []int{http.StatusOK}
	}
	for _, ex := range exchanges {
		if ex == nil {
			p.add(id, assumption, NotChecked, noToken)
			return
		}
	}
	for _, ex := range exchanges {
		if !ex.ok(statuses...) {
			p.add(id, assumption, Broken, describe(ex), exchanges...)
			return
		}
	}
	p.add(id, assumption, Held, fmt.Sprintf("answered %s as colt.yaml says", statusList(exchanges)), exchanges...)
}

// describe says what an answer was, for a broken check.
func describe(ex *Exchange) string {
	if !ex.answered() {
		return fmt.Sprintf("%s %s: no answer: %s", ex.Method, ex.Target, ex.Error)
	}
	what := fmt.Sprintf("%s %s answered HTTP %d", ex.Method, pathOf(ex.Target), ex.Status)
	if ex.Location != "" {
		what += " to " + ex.Location
	}
	if ex.specOK {
		return what + " (" + specMatches + ")"
	}
	if len(ex.Fields) > 0 {
		what += fmt.Sprintf(" with fields %v", ex.Fields)
	}
	return what + "; colt.yaml: " + ex.Spec
}

func statusList(exchanges []*Exchange) string {
	s := ""
	for i, ex := range exchanges {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("HTTP %d", ex.Status)
	}
	return s
}

func pathOf(target string) string {
	u, err := url.Parse(target)
	if err != nil {
		return target
	}
	return u.Path
}
