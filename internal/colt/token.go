package colt

import (
	"context"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

const (
	// TokenPath is Colt's OAuth token endpoint, under the gateway host.
	TokenPath = "/authentication/v1/oauth/token"
	// DefaultTokenLifetime applies when a token answer has no expires_in.
	DefaultTokenLifetime = 1800 * time.Second
	// RefreshMargin is the most a token is replaced before its expiry; a
	// token that lives under four minutes is replaced a quarter of its
	// lifetime before (see Token.replaceWithin).
	RefreshMargin = 60 * time.Second
	// MaxTokenLifetime is the longest expires_in accepted. Colt issues
	// 30-minute tokens; a day or more means a broken answer (milliseconds,
	// or an absolute time read as seconds), and trusting it would keep a
	// token long after Colt stopped accepting it.
	MaxTokenLifetime = 24 * time.Hour

	opToken = "token request"
)

// Token is a Colt access token. It prints as [redacted].
type Token struct {
	AccessToken Secret
	TokenType   string
	ExpiresAt   time.Time
	TrackingID  string // x-tracking-id of the request that produced it

	lifetime time.Duration // as issued; zero for a token given to the provider
}

func (t *Token) String() string   { return "colt.Token(" + redacted + ")" }
func (t *Token) GoString() string { return t.String() }

func (t *Token) validAt(at time.Time) bool {
	return t != nil && t.AccessToken != "" && at.Before(t.ExpiresAt)
}

// replaceWithin is how long before its expiry the token is replaced for a
// caller that will hold it for validFor (zero: a call that uses it at
// once). The refresh margin is RefreshMargin or a quarter of the lifetime,
// whichever is shorter, so a 5-second token serves calls for 3.75 seconds
// instead of none. A holder's need is capped at half the lifetime: a
// fresh token always satisfies it, so no caller fetches token after token.
func (t *Token) replaceWithin(validFor time.Duration) time.Duration {
	margin := min(RefreshMargin, t.lifetime/4)
	return max(margin, min(validFor, t.lifetime/2))
}

// tokenSource hands out the token every call shares.
type tokenSource interface {
	// Token returns a token still valid for at least validFor (capped at
	// half the token's lifetime; zero for a call that uses it at once).
	Token(ctx context.Context, validFor time.Duration) (*Token, error)
	// Invalidate drops tok after Colt rejected it; it reports whether a new
	// token can be fetched.
	Invalidate(tok *Token) bool
}

// credentialSource fetches tokens with the client-credentials grant and
// caches one. Both are ours, not golang.org/x/oauth2's: its token source
// can neither be invalidated after a 401 nor run on an injectable clock,
// and its answer parsing caps expires_in silently, cannot name the field
// it failed on, reads a megabyte and cannot send literal Basic credentials.
type credentialSource struct {
	tokenURL string
	clientID string
	secret   string
	http     *http.Client
	now      func() time.Time
	log      LogFunc
	basic    atomic.Int32 // the basicForm that worked, once one has

	inflight chan struct{} // holds one slot: one fetch at a time
	mu       sync.Mutex
	current  *Token
}

func newCredentialSource(tokenURL, clientID string, secret Secret, httpClient *http.Client, now func() time.Time, log LogFunc) *credentialSource {
	return &credentialSource{
		tokenURL: tokenURL,
		clientID: clientID,
		secret:   secret.Reveal(),
		http:     httpClient,
		now:      now,
		log:      log,
		inflight: make(chan struct{}, 1),
	}
}

func (s *credentialSource) cached(validFor time.Duration) *Token {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current != nil && s.current.validAt(s.now().Add(s.current.replaceWithin(validFor))) {
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

// expiryRounding is how much earlier than expires_in says a token may end.
const expiryRounding = time.Second

// newToken is a token answer as read, living lifetime from requested, less
// the second an expiry rounded down to whole seconds (a JWT's exp, an
// integer expires_in) may take off it.
func newToken(accessToken, tokenType string, lifetime time.Duration, requested time.Time, trackingID string) *Token {
	if tokenType == "" {
		tokenType = "Bearer"
	}
	return &Token{
		AccessToken: Secret(accessToken),
		TokenType:   tokenType,
		ExpiresAt:   requested.Add(lifetime - min(expiryRounding, lifetime/4)),
		TrackingID:  trackingID,
		lifetime:    lifetime,
	}
}

// discardBody drains and closes a body so the connection can be reused.
func discardBody(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, maxErrorBody))
	_ = body.Close()
}
