package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// tokenRow is one row of Colt's token error table that a request can
// trigger without risk: nothing is issued, nothing changes.
type tokenRow struct {
	id, row, what string
	build         func(p *Probe) *http.Request
}

var tokenRows = []tokenRow{
	{"token-row-wrong-secret", "401/002", "a wrong client secret", func(p *Probe) *http.Request {
		return p.tokenRequest(basicHeader(url.QueryEscape(p.clientID), "colt-probe-wrong-secret"), grantForm, formType)
	}},
	{"token-row-no-tracking-id", "400/004", "no x-tracking-id header (this request alone carries none)", func(p *Probe) *http.Request {
		req := p.tokenRequest(p.basicOrEscaped(), grantForm, formType)
		req.Header.Del(trackingHeader)
		return req
	}},
	{"token-row-no-grant-type", "400/002", "an empty form body (no grant_type)", func(p *Probe) *http.Request {
		return p.tokenRequest(p.basicOrEscaped(), []byte{}, formType)
	}},
	{"token-row-grant-unsupported", "400/006", "grant_type=password", func(p *Probe) *http.Request {
		return p.tokenRequest(p.basicOrEscaped(), []byte("grant_type=password"), formType)
	}},
	{"token-row-no-content-type", "400/003", "no Content-Type header", func(p *Probe) *http.Request {
		return p.tokenRequest(p.basicOrEscaped(), grantForm, "")
	}},
	{"token-row-json-body", "415/001", "a JSON body", func(p *Probe) *http.Request {
		return p.tokenRequest(p.basicOrEscaped(), []byte(`{"grant_type":"client_credentials"}`), jsonType)
	}},
	{"token-row-unsupported-parameter", "400/005", "an unsupported form parameter", func(p *Probe) *http.Request {
		return p.tokenRequest(p.basicOrEscaped(), []byte("grant_type=client_credentials&colt_probe=1"), formType)
	}},
	{"token-row-no-authorization", "401/001", "no Authorization header", func(p *Probe) *http.Request {
		return p.tokenRequest("", grantForm, formType)
	}},
	{"token-row-bearer", "401/002", "a Bearer Authorization header instead of Basic", func(p *Probe) *http.Request {
		return p.tokenRequest("Bearer colt-probe", grantForm, formType)
	}},
	{"token-row-empty-basic", "400/001", "a Basic header without credentials", func(p *Probe) *http.Request {
		return p.tokenRequest("Basic", grantForm, formType)
	}},
}

// basicOrEscaped is the Authorization header that worked, or the
// form-escaped one.
func (p *Probe) basicOrEscaped() string {
	if p.basic != "" {
		return p.basic
	}
	return basicHeader(url.QueryEscape(p.clientID), url.QueryEscape(p.secret.Reveal()))
}

// checkTokenRows sends each tokenRow's request and expects its row.
func (p *Probe) checkTokenRows(ctx context.Context) {
	for _, r := range tokenRows {
		ex := p.send(ctx, r.build(p))
		assumption := fmt.Sprintf("token call with %s answers %s", r.what, r.row)
		got := errorRow(ex)
		switch {
		case got == r.row && ex.specOK:
			p.add(r.id, assumption, Held, "answered "+got+" as colt.yaml says", ex)
		case got == r.row:
			p.add(r.id, assumption, Broken, "answered "+got+", but the body does not match colt.yaml: "+ex.Spec, ex)
		default:
			p.add(r.id, assumption, Broken, describe(ex), ex)
		}
	}
}

// errorRow is "status/code" of a Colt error answer, or the status alone.
func errorRow(ex *Exchange) string {
	if !ex.answered() {
		return ""
	}
	var e struct {
		Code string `json:"code"`
	}
	if json.Unmarshal(ex.body, &e) == nil && strings.TrimSpace(e.Code) != "" {
		return fmt.Sprintf("%d/%s", ex.Status, e.Code)
	}
	return fmt.Sprint(ex.Status)
}
