package colt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// request asks for a token with the client-credentials grant, the given
// user and password in the Basic header, through the same client as every
// call (x-tracking-id, user agent, retries: the grant has no side effects).
func (s *credentialSource) request(ctx context.Context, user, password string) (*Token, error) {
	ctx, trace := withTrace(ctx, call{op: opToken, idempotent: true, limit: maxTokenBody})
	requested := s.now()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.tokenURL,
		strings.NewReader(url.Values{"grant_type": {"client_credentials"}}.Encode()))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", opToken, err)
	}
	req.SetBasicAuth(user, password)
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
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, readAPIError(opToken, resp, attempts, s.secret)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, bodyErrorOr(err)
	}
	answer, err := readTokenAnswer(resp.Header.Get("Content-Type"), body, s.secret)
	if err != nil {
		return nil, &ProtocolError{Operation: opToken, StatusCode: resp.StatusCode, Problem: err.Error(), TrackingID: trace.trackingID()}
	}
	return newToken(answer.AccessToken, answer.TokenType, answer.Lifetime, requested, trace.trackingID()), nil
}

// maxTokenBody bounds a token answer: a few hundred bytes of JSON.
const maxTokenBody = 64 << 10

// readTokenAnswer is parseTokenAnswer whose error, for a body that is not
// a token answer, quotes an excerpt of it without tokens or the secret.
func readTokenAnswer(contentType string, body []byte, secret string) (tokenAnswer, error) {
	answer, err := parseTokenAnswer(contentType, body)
	if errors.Is(err, errNotTokenJSON) || errors.Is(err, errNoAccessToken) {
		return answer, fmt.Errorf("%w: %s", err, tokenExcerpt(body, secret))
	}
	return answer, err
}

// tokenMention finds a body that names a token field, however spelt.
var tokenMention = regexp.MustCompile(`(?i)(?:access|refresh|id)_?token`)

// tokenExcerpt quotes the start of a body that is not a token answer,
// without the secret. A body that names a token field is not quoted at
// all: no pattern can tell where the token in a malformed body ends.
func tokenExcerpt(body []byte, secret string) string {
	if tokenMention.Match(body) {
		return fmt.Sprintf("a body of %d bytes, not quoted because it names a token field", len(body))
	}
	text := stripTags(string(body))
	if text = sanitise(text, 160, []string{secret}); text == "" {
		return "an empty body"
	}
	return fmt.Sprintf("%q", text)
}
