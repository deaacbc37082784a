package colt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

const (
	// TokenPath is Colt's OAuth token endpoint, under the gateway host.
	TokenPath = "/authentication/v1/oauth/token"
	// DefaultTokenLifetime applies when a token answer has no expires_in.
	DefaultTokenLifetime = 1800 * time.Second
	// RefreshMargin is how long before expiry a token is replaced.
	RefreshMargin = 60 * time.Second

	opToken = "token request"
)

// Token is a Colt access token. It prints as [redacted].
type Token struct {
	AccessToken Secret
	TokenType   string
	ExpiresAt   time.Time
	TrackingID  string // x-tracking-id of the request that produced it
}

func (t *Token) String() string   { return "colt.Token(" + redacted + ")" }
func (t *Token) GoString() string { return t.String() }

func (t *Token) validAt(at time.Time) bool {
	return t != nil && t.AccessToken != "" && at.Before(t.ExpiresAt)
}

// tokenSource hands out the token every call shares.
type tokenSource interface {
	// Token returns a token still valid for at least validFor.
	Token(ctx context.Context, validFor time.Duration) (*Token, error)
	// Invalidate drops tok after Colt rejected it; it reports whether a new
	// token can be fetched.
	Invalidate(tok *Token) bool
}

// credentialSource fetches tokens with the client-credentials grant and
// caches one. golang.org/x/oauth2 speaks the grant; the cache is ours
// because oauth2.ReuseTokenSource can neither be invalidated after a 401 nor
// run on an injectable clock.
type credentialSource struct {
	cfg    clientcredentials.Config
	secret string
	http   *http.Client
	now    func() time.Time
	margin time.Duration
	log    LogFunc
	basic  atomic.Int32 // the basicForm that worked, once one has

	inflight chan struct{} // holds one slot: one fetch at a time
	mu       sync.Mutex
	current  *Token
}

func newCredentialSource(tokenURL, clientID string, secret Secret, httpClient *http.Client, now func() time.Time, log LogFunc) *credentialSource {
	return &credentialSource{
		cfg: clientcredentials.Config{
			ClientID:     clientID,
			ClientSecret: secret.Reveal(),
			TokenURL:     tokenURL,
			AuthStyle:    oauth2.AuthStyleInHeader,
		},
		secret:   secret.Reveal(),
		http:     httpClient,
		now:      now,
		margin:   RefreshMargin,
		log:      log,
		inflight: make(chan struct{}, 1),
	}
}

func (s *credentialSource) cached(validFor time.Duration) *Token {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current.validAt(s.now().Add(max(validFor, s.margin))) {
		return s.current
	}
	return nil
}

func (s *credentialSource) Token(ctx context.Context, validFor time.Duration) (*Token, error) {
	if tok := s.cached(validFor); tok != nil {
		return tok, nil
	}
	select {
	case s.inflight <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-s.inflight }()
	// Whoever held the slot before us may have fetched one already.
	if tok := s.cached(validFor); tok != nil {
		return tok, nil
	}
	tok, err := s.fetch(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.current = tok
	s.mu.Unlock()
	return tok, nil
}

func (s *credentialSource) Invalidate(tok *Token) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current == tok {
		s.current = nil
	}
	return true
}

// fetchEscaped asks for a token through x/oauth2, which sends the client
// credentials form-escaped in the Basic header.
func (s *credentialSource) fetchEscaped(ctx context.Context) (*Token, error) {
	ctx, trace := withTrace(ctx, call{idempotent: true}) // the grant has no side effects: safe to retry
	ctx = context.WithValue(ctx, oauth2.HTTPClient, s.http)
	requested := s.now()

	raw, err := s.cfg.Token(ctx)
	attempts := int(trace.attempts.Load())
	if err != nil {
		var retrieve *oauth2.RetrieveError
		if errors.As(err, &retrieve) && retrieve.Response != nil {
			return nil, newAPIError(opToken, retrieve.Response, retrieve.Body, attempts, s.secret)
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("%s to %s: %w after %d attempts", opToken, TokenPath, ctxErr, attempts)
		}
		// Protocol or connection trouble; x/oauth2's message holds no secrets
		// but may quote a body, so it is sanitised like one.
		return nil, &ProtocolError{
			Operation:  opToken,
			StatusCode: http.StatusOK,
			Problem:    sanitise(err.Error(), 200, []string{s.secret}),
			TrackingID: trace.trackingID(),
		}
	}

	secs, ok := expiresIn(raw)
	return newToken(raw.AccessToken, raw.TokenType, secs, ok, requested, trace.trackingID()), nil
}

// newToken is a token answer as read: expiresIn seconds from requested,
// when known and positive.
func newToken(accessToken, tokenType string, expiresIn int64, known bool, requested time.Time, trackingID string) *Token {
	lifetime := DefaultTokenLifetime
	if known && expiresIn > 0 {
		lifetime = time.Duration(expiresIn) * time.Second
	}
	if tokenType == "" {
		tokenType = "Bearer"
	}
	return &Token{
		AccessToken: Secret(accessToken),
		TokenType:   tokenType,
		ExpiresAt:   requested.Add(lifetime),
		TrackingID:  trackingID,
	}
}

// expiresIn reads the raw expires_in field: x/oauth2 turns it into an
// absolute time on the wall clock, which would defeat an injected clock.
func expiresIn(tok *oauth2.Token) (int64, bool) {
	switch v := tok.Extra("expires_in").(type) {
	case float64:
		return int64(v), true
	case string:
		var n int64
		_, err := fmt.Sscan(v, &n)
		return n, err == nil
	}
	return 0, false
}

// discardBody drains and closes a body so the connection can be reused.
func discardBody(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, maxErrorBody))
	_ = body.Close()
}
