package colt

import (
	"context"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// staticSource serves a token the user obtained elsewhere. Without client
// credentials it cannot be renewed, so expiry is an error that says so.
type staticSource struct {
	token *Token
	now   func() time.Time
}

func newStaticSource(accessToken Secret, now func() time.Time) *staticSource {
	tok := &Token{AccessToken: accessToken, TokenType: "Bearer"}
	// The provider cannot verify Colt's signature and need not: Colt does.
	// The exp claim only tells it when to stop using the token.
	claims := jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(accessToken.Reveal(), &claims); err == nil && claims.ExpiresAt != nil {
		tok.ExpiresAt = claims.ExpiresAt.Time
	}
	return &staticSource{token: tok, now: now}
}

func (s *staticSource) Token(context.Context, time.Duration) (*Token, error) {
	if !s.token.ExpiresAt.IsZero() && !s.now().Before(s.token.ExpiresAt) {
		return nil, &TokenExpiredError{ExpiredAt: s.token.ExpiresAt.UTC().Format(time.RFC3339)}
	}
	return s.token, nil
}

func (s *staticSource) Invalidate(*Token) bool { return false }

// missingSource reports the absence of credentials at first use, not at
// configuration, so plans that call no API need none.
type missingSource struct{}

func (missingSource) Token(context.Context, time.Duration) (*Token, error) {
	return nil, ErrNoCredentials
}
func (missingSource) Invalidate(*Token) bool { return false }
