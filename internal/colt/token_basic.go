package colt

import (
	"context"
	"errors"
	"net/http"
	"net/url"
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
	return url.QueryEscape(s.clientID) != s.clientID || url.QueryEscape(s.secret) != s.secret
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

// fetchEscaped sends the client credentials form-escaped in the Basic
// header (RFC 6749 section 2.3.1), as golang.org/x/oauth2 does.
func (s *credentialSource) fetchEscaped(ctx context.Context) (*Token, error) {
	return s.request(ctx, url.QueryEscape(s.clientID), url.QueryEscape(s.secret))
}

// fetchLiteral sends them as they are (RFC 7617).
func (s *credentialSource) fetchLiteral(ctx context.Context) (*Token, error) {
	return s.request(ctx, s.clientID, s.secret)
}
