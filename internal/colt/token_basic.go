package colt

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// basicForm is how the token call writes the client credentials into the
// Basic header. Colt does not say which it expects: RFC 6749 section 2.3.1
// form-escapes client id and secret first (what x/oauth2 does), RFC 7617
// sends them as they are. The two differ only for ids or secrets holding
// characters such as + / = : % or a space.
type basicForm int32

const (
	basicUnknown basicForm = iota
	basicEscaped
	basicLiteral
)

func (f basicForm) String() string {
	if f == basicLiteral {
		return "literal (RFC 7617)"
	}
	return "form-escaped (RFC 6749 section 2.3.1)"
}

// fetch asks for a token in the form of Basic credentials that worked
// before. The first time, it tries the form-escaped credentials and, when
// Colt refuses them with 401 and escaping changed them, the literal ones
// once; whichever Colt accepts is kept for the life of the process.
func (s *credentialSource) fetch(ctx context.Context) (*Token, error) {
	switch basicForm(s.basic.Load()) {
	case basicEscaped:
		return s.fetchEscaped(ctx)
	case basicLiteral:
		return s.fetchLiteral(ctx)
	}
	tok, err := s.fetchEscaped(ctx)
	if err == nil {
		s.keep(ctx, basicEscaped)
		return tok, nil
	}
	var refused *APIError
	if !errors.As(err, &refused) || refused.StatusCode != http.StatusUnauthorized || !s.escapingChanges() {
		return nil, err
	}
	tok, literalErr := s.fetchLiteral(ctx)
	if literalErr != nil {
		if errors.As(literalErr, &refused) && refused.StatusCode == http.StatusUnauthorized {
			return nil, err // refused either way: report the modelled form's answer
		}
		return nil, literalErr
	}
	s.keep(ctx, basicLiteral)
	return tok, nil
}

func (s *credentialSource) escapingChanges() bool {
	return url.QueryEscape(s.cfg.ClientID) != s.cfg.ClientID || url.QueryEscape(s.secret) != s.secret
}

// keep remembers the form Colt accepted; it says which at DEBUG when the
// choice mattered (the escaping changed the credentials).
func (s *credentialSource) keep(ctx context.Context, f basicForm) {
	s.basic.Store(int32(f))
	if s.log != nil && s.escapingChanges() {
		s.log(ctx, "Colt token request: client credentials accepted "+f.String()+" in the Basic header; kept for this process",
			map[string]any{"basic_credentials": f.String()})
	}
}

// fetchLiteral asks for a token with the credentials in the Basic header as
// they are. x/oauth2 cannot send that, so the request is built here, through
// the same client as every call (x-tracking-id, user agent, retries).
func (s *credentialSource) fetchLiteral(ctx context.Context) (*Token, error) {
	ctx, trace := withTrace(ctx, call{idempotent: true})
	requested := s.now()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.cfg.TokenURL,
		strings.NewReader(url.Values{"grant_type": {"client_credentials"}}.Encode()))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", opToken, err)
	}
	req.SetBasicAuth(s.cfg.ClientID, s.secret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := s.http.Do(req) //nolint:bodyclose // closed by discardBody below
	attempts := int(trace.attempts.Load())
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("%s to %s: %w after %d attempts", opToken, TokenPath, ctxErr, attempts)
		}
		return nil, &TransportError{Operation: opToken, Attempts: attempts, TrackingID: trace.trackingID(), Err: err}
	}
	defer discardBody(resp.Body)
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, newAPIError(opToken, resp, body, attempts, s.secret)
	}
	var answer struct {
		AccessToken string          `json:"access_token"`
		TokenType   string          `json:"token_type"`
		ExpiresIn   json.RawMessage `json:"expires_in"`
	}
	if err := json.Unmarshal(body, &answer); err != nil || answer.AccessToken == "" {
		return nil, &ProtocolError{
			Operation:  opToken,
			StatusCode: resp.StatusCode,
			Problem:    "no access_token in the answer: " + sanitise(stripTags(string(body)), 160, []string{s.secret}),
			TrackingID: trace.trackingID(),
		}
	}
	secs, parseErr := strconv.ParseInt(strings.Trim(string(answer.ExpiresIn), `"`), 10, 64)
	return newToken(answer.AccessToken, answer.TokenType, secs, parseErr == nil, requested, trace.trackingID()), nil
}
