package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var grantForm = []byte(url.Values{"grant_type": {"client_credentials"}}.Encode())

func basicHeader(id, secret string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(id+":"+secret))
}

func (p *Probe) tokenRequest(authorization string, body []byte, contentType string) *http.Request {
	req := p.newRequest(http.MethodPost, colt.TokenPath, nil, body, contentType)
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	return req
}

// checkToken fetches a token the way the client does (Basic credentials
// form-escaped, RFC 6749 section 2.3.1), and literally (RFC 7617) when
// that is refused and would differ.
func (p *Probe) checkToken(ctx context.Context) {
	id, secret := p.clientID, p.secret.Reveal()
	escaped := basicHeader(url.QueryEscape(id), url.QueryEscape(secret))
	literal := basicHeader(id, secret)
	p.redact = append(p.redact, strings.TrimPrefix(escaped, "Basic "), strings.TrimPrefix(literal, "Basic "))

	first := p.send(ctx, p.tokenRequest(escaped, grantForm, formType))
	got, header := first, escaped
	var second *Exchange
	if first.Status == http.StatusUnauthorized && escaped != literal {
		second = p.send(ctx, p.tokenRequest(literal, grantForm, formType))
		if second.Status == http.StatusOK {
			got, header = second, literal
		}
	}
	answer := p.readToken(got)
	if p.token != "" {
		p.basic = header
	}
	p.reportToken(got, answer)
	p.reportBasic(escaped == literal, first, second)
}

type tokenAnswer struct {
	AccessToken string          `json:"access_token"`
	TokenType   string          `json:"token_type"`
	ExpiresIn   json.RawMessage `json:"expires_in"`
}

// readToken takes the token from a 200 answer and redacts it from then on.
func (p *Probe) readToken(ex *Exchange) tokenAnswer {
	var t tokenAnswer
	if ex.Status != http.StatusOK || json.Unmarshal(ex.body, &t) != nil {
		return tokenAnswer{}
	}
	if t.AccessToken != "" {
		p.token = t.AccessToken
		p.redact = append(p.redact, t.AccessToken)
		// The excerpt was made before the token was known to be one.
		ex.Excerpt = p.clean(string(ex.body), excerptLimit)
	}
	return t
}

func (p *Probe) reportToken(ex *Exchange, t tokenAnswer) {
	const (
		tokenCall = "the token call (client credentials in a Basic header, grant_type=client_credentials) answers 200 with an access token"
		expires   = "token answer has expires_in (Colt documents 30 minutes; the field name is assumed)"
	)
	if p.token == "" {
		p.add("token", tokenCall, Broken, describe(ex), ex)
		p.add("token-expires-in", expires, NotChecked, "no token answer", ex)
	} else {
		p.add("token", tokenCall, Held, "answered HTTP 200 with an access_token", ex)
		var seconds int
		switch {
		case len(t.ExpiresIn) == 0:
			p.add("token-expires-in", expires, Broken, fmt.Sprintf("no expires_in among the fields %v: the client assumes 1800 s", ex.Fields), ex)
		case json.Unmarshal(t.ExpiresIn, &seconds) != nil:
			p.add("token-expires-in", expires, Broken, "expires_in is not an integer: "+p.clean(string(t.ExpiresIn), 40), ex)
		default:
			p.add("token-expires-in", expires, Held, fmt.Sprintf("expires_in = %d", seconds), ex)
		}
	}
	p.expect("token-answer", "token answer matches colt.yaml (access_token a JWT, token_type Bearer, expires_in)", []*Exchange{ex})
}

func (p *Probe) reportBasic(same bool, first, second *Exchange) {
	const basic = "Basic credentials form-escaped: the gateway accepts client id and secret form-urlencoded before base64 (RFC 6749 section 2.3.1, as golang.org/x/oauth2 sends them)"
	switch {
	case same:
		p.add("basic-form-escaped", basic, NotChecked,
			"the client id and secret hold no character that form-escaping changes (such as + / = : % or a space), so both encodings are the same; probe with such a secret to tell", first)
	case first.Status == http.StatusOK:
		p.add("basic-form-escaped", basic, Held, "the form-escaped credentials were accepted", first)
	case second != nil && second.Status == http.StatusOK:
		p.add("basic-form-escaped", basic, Broken,
			"the form-escaped credentials were refused (HTTP 401) and the literal ones (RFC 7617) accepted: the gateway compares Basic credentials as sent", first, second)
	default:
		p.add("basic-form-escaped", basic, NotChecked, "no encoding of the credentials was accepted: "+describe(first), first, second)
	}
}
