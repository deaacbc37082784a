package mock

import (
	"crypto/rand"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

const tokenIssuer = "colt-mock"

// newSigningKey returns a random HS256 key. crypto/rand.Read never fails on
// supported platforms (it crashes the program instead), so no error is returned.
func newSigningKey() []byte {
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	return key
}

// RevokeTokens rotates the signing key, so every token issued so far is
// rejected afterwards.
func (s *Server) RevokeTokens() {
	key := newSigningKey()
	s.mu.Lock()
	s.key = key
	s.mu.Unlock()
}

func (s *Server) signingKey() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.key
}

// lifetimeSeconds is the token lifetime in whole seconds, at least one,
// because JWT times and expires_in have second precision.
func (s *Server) lifetimeSeconds() int64 {
	return max(int64(s.lifetime/time.Second), 1)
}

func (s *Server) issueToken(clientID string) (string, error) {
	iat := s.currentTime().Truncate(time.Second)
	exp := iat.Add(time.Duration(s.lifetimeSeconds()) * time.Second)
	claims := jwt.RegisteredClaims{
		Issuer:    tokenIssuer,
		Subject:   clientID,
		ID:        uuid.NewString(),
		IssuedAt:  jwt.NewNumericDate(iat),
		ExpiresAt: jwt.NewNumericDate(exp),
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.signingKey())
	if err != nil {
		return "", fmt.Errorf("sign token: %w", err)
	}
	return signed, nil
}

// verifyToken accepts only tokens signed with the current key whose exp lies
// after the server clock. It returns the token's subject: the client id.
func (s *Server) verifyToken(raw string) (string, error) {
	key := s.signingKey()
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(raw, &claims,
		func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(tokenIssuer),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(s.currentTime),
	)
	if err != nil {
		return "", fmt.Errorf("verify token: %w", err)
	}
	return claims.Subject, nil
}
