package colt

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
)

// APIError is an answer from Colt (or something in front of it) that was
// not a success. Colt's rows carry Code, Reason, Message and Details; a body
// that is not Colt's JSON leaves them empty and fills Excerpt instead.
type APIError struct {
	Operation  string // what the client was doing, e.g. "token request"
	Method     string
	Path       string
	StatusCode int
	Code       string
	Reason     string
	Message    string
	Details    string
	TrackingID string // the x-tracking-id of the request that got this answer
	Attempts   int
	Excerpt    string // a short, sanitised excerpt of a body that was not Colt's JSON
	// Unread says why the body was not read whole (too large, too slow).
	Unread string
	// NotRetried says why a transient answer (Retryable) was not retried.
	NotRetried string
	// RedirectTo is host:port of a redirect the client did not follow.
	RedirectTo        string
	RedirectElsewhere bool // to another host than the one asked
}

func (e *APIError) Error() string {
	if e.RedirectTo != "" {
		return e.redirectError()
	}
	var b strings.Builder
	if e.Code != "" {
		fmt.Fprintf(&b, "%s failed: %s", e.Operation, e.Row())
	} else {
		fmt.Fprintf(&b, "%s failed: HTTP %d", e.Operation, e.StatusCode)
	}
	if e.Reason != "" {
		fmt.Fprintf(&b, " %s", e.Reason)
	}
	if e.Message != "" {
		fmt.Fprintf(&b, ": %s", e.Message)
	}
	if e.Details != "" {
		fmt.Fprintf(&b, " (%s)", e.Details)
	}
	switch {
	case e.Code != "":
	case e.Excerpt != "":
		fmt.Fprintf(&b, "; the body was not Colt's JSON error: %q", e.Excerpt)
	case e.Unread == "":
		b.WriteString(" with an empty body")
	}
	if e.Unread != "" {
		fmt.Fprintf(&b, "; the body %s", e.Unread)
	}
	switch {
	case e.Attempts > 1:
		fmt.Fprintf(&b, "; gave up after %d attempts", e.Attempts)
	case e.Retryable() && e.NotRetried != "":
		fmt.Fprintf(&b, "; 1 attempt, not retried: %s", e.NotRetried)
	case e.Retryable():
		b.WriteString("; 1 attempt")
	}
	if e.TrackingID != "" {
		fmt.Fprintf(&b, " [x-tracking-id %s]", e.TrackingID)
	}
	return b.String()
}

func (e *APIError) redirectError() string {
	refused := "the provider does not follow redirects"
	if e.RedirectElsewhere {
		refused += " to another host"
	}
	msg := fmt.Sprintf("%s failed: Colt answered %d with a redirect to %s; %s, so nothing was sent there. "+
		"If base_url is set, check that it is Colt's gateway address itself", e.Operation, e.StatusCode, e.RedirectTo, refused)
	if e.TrackingID != "" {
		msg += " [x-tracking-id " + e.TrackingID + "]"
	}
	return msg
}

// Row is Colt's "status/code" key for the error table, e.g. "401/002".
func (e *APIError) Row() string {
	if e.Code == "" {
		return strconv.Itoa(e.StatusCode)
	}
	return strconv.Itoa(e.StatusCode) + "/" + e.Code
}

// Retryable tells whether Colt marks this answer as transient.
func (e *APIError) Retryable() bool {
	return retryableStatus(e.StatusCode, e.Code)
}

// coltErrorBody is the error shape modelled in api/colt.yaml. Status is
// accepted as a number or a string.
type coltErrorBody struct {
	Status  json.RawMessage `json:"status"`
	Code    string          `json:"code"`
	Reason  string          `json:"reason"`
	Message string          `json:"message"`
	Details string          `json:"details"`
}

// newAPIError builds an APIError from a response's status and body.
// Anything that looks like a token, or the given secrets, is removed from
// text that came back from the server.
func newAPIError(op string, resp *http.Response, body []byte, attempts int, secrets ...string) *APIError {
	e := &APIError{
		Operation:  op,
		StatusCode: resp.StatusCode,
		Attempts:   attempts,
	}
	if req := resp.Request; req != nil {
		e.Method = req.Method
		e.Path = req.URL.Path
		e.TrackingID = req.Header.Get(TrackingHeader)
		e.NotRetried = traceFrom(req.Context()).whyNotRetried()
	}
	if target, elsewhere, ok := redirectTarget(resp); ok {
		e.RedirectTo, e.RedirectElsewhere = sanitise(target, 120, secrets), elsewhere
		return e
	}
	var parsed coltErrorBody
	if json.Unmarshal(body, &parsed) == nil && (parsed.Code != "" || parsed.Reason != "" || parsed.Message != "") {
		e.Code = sanitise(parsed.Code, 16, secrets)
		e.Reason = sanitise(parsed.Reason, 120, secrets)
		e.Message = sanitise(parsed.Message, 400, secrets)
		e.Details = sanitise(parsed.Details, 400, secrets)
		return e
	}
	e.Excerpt = sanitise(stripTags(string(body)), 160, secrets)
	return e
}

var (
	jwtLike    = regexp.MustCompile(`eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`)
	htmlTag    = regexp.MustCompile(`<[^>]*>`)
	whitespace = regexp.MustCompile(`\s+`)
)

func stripTags(s string) string { return htmlTag.ReplaceAllString(s, " ") }

// sanitise makes server-supplied text safe to show: printable, one line,
// short, without tokens or secrets. Secrets are removed as given and as
// they read once made one line, so whitespace or control characters in a
// secret cannot carry it through.
func sanitise(s string, limit int, secrets []string) string {
	for _, secret := range secrets {
		if secret != "" {
			s = strings.ReplaceAll(s, secret, redacted)
		}
	}
	s = jwtLike.ReplaceAllString(oneLine(s), redacted)
	for _, secret := range secrets {
		if secret = oneLine(secret); secret != "" {
			s = strings.ReplaceAll(s, secret, redacted)
		}
	}
	if r := []rune(s); len(r) > limit {
		s = string(r[:limit]) + "…"
	}
	return s
}

// oneLine maps control characters and invalid UTF-8 to spaces and
// collapses whitespace.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\uFFFD' {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(whitespace.ReplaceAllString(s, " "))
}

// ErrNoCredentials is returned at the first API call of a client that was
// given neither client credentials nor a ready access token.
var ErrNoCredentials = errors.New("no Colt credentials: set client_id and client_secret in the provider block " +
	"(or the COLT_CLIENT_ID and COLT_CLIENT_SECRET environment variables), " +
	"or a ready token in access_token (COLT_ACCESS_TOKEN)")

// TokenExpiredError says a ready access token has run out and cannot be
// renewed because the client has no credentials to fetch another.
type TokenExpiredError struct {
	Rejected   bool   // Colt answered 401 to it (rather than its exp claim having passed)
	ExpiredAt  string // RFC 3339, when known
	TrackingID string
}

func (e *TokenExpiredError) Error() string {
	what := "the access_token given to the provider has expired"
	if e.ExpiredAt != "" {
		what += " (at " + e.ExpiredAt + ")"
	}
	if e.Rejected {
		what = "Colt rejected the access_token given to the provider (expired or revoked)"
	}
	msg := what + " and cannot be refreshed without client credentials: set client_id and client_secret " +
		"(COLT_CLIENT_ID, COLT_CLIENT_SECRET) instead, or pass a fresh token"
	if e.TrackingID != "" {
		msg += " [x-tracking-id " + e.TrackingID + "]"
	}
	return msg
}

// ProtocolError is a success status whose body could not be understood.
type ProtocolError struct {
	Operation  string
	StatusCode int
	Problem    string
	TrackingID string
}

func (e *ProtocolError) Error() string {
	msg := fmt.Sprintf("%s: unexpected answer (HTTP %d): %s", e.Operation, e.StatusCode, e.Problem)
	if e.TrackingID != "" {
		msg += " [x-tracking-id " + e.TrackingID + "]"
	}
	return msg
}
