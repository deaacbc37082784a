package colt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"mime"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// tokenAnswer is a successful token answer as read.
type tokenAnswer struct {
	AccessToken string
	TokenType   string
	Lifetime    time.Duration
}

var (
	errNotTokenJSON  = errors.New("the answer is not the JSON of a token")
	errNoAccessToken = errors.New("no access_token in the answer")
	// errUnsendableToken never quotes the token.
	errUnsendableToken = errors.New("the access_token holds characters an Authorization header cannot carry " +
		"(only visible ASCII, no spaces)")
)

// headerSafe tells whether a token can be sent as a Bearer credential:
// visible ASCII without spaces.
func headerSafe(token string) bool {
	for i := 0; i < len(token); i++ {
		if token[i] < 0x21 || token[i] > 0x7e {
			return false
		}
	}
	return true
}

// parseTokenAnswer reads the body of a successful token answer: JSON, or
// form-encoded when the Content-Type says so (as golang.org/x/oauth2
// accepts). Its errors never quote the access token.
func parseTokenAnswer(contentType string, body []byte) (tokenAnswer, error) {
	var accessToken, tokenType string
	var expiresIn any
	switch media, _, _ := mime.ParseMediaType(contentType); media {
	case "application/x-www-form-urlencoded", "text/plain":
		values, err := url.ParseQuery(string(body))
		if err != nil {
			return tokenAnswer{}, errNotTokenJSON
		}
		accessToken, tokenType = values.Get("access_token"), values.Get("token_type")
		if values.Has("expires_in") {
			expiresIn = values.Get("expires_in")
		}
	default:
		var raw struct {
			AccessToken string `json:"access_token"`
			TokenType   string `json:"token_type"`
			ExpiresIn   any    `json:"expires_in"`
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		if err := dec.Decode(&raw); err != nil {
			return tokenAnswer{}, errNotTokenJSON
		}
		accessToken, tokenType, expiresIn = raw.AccessToken, raw.TokenType, raw.ExpiresIn
	}
	if accessToken == "" {
		return tokenAnswer{}, errNoAccessToken
	}
	if !headerSafe(accessToken) {
		return tokenAnswer{}, errUnsendableToken
	}
	tokenType = strings.ToValidUTF8(tokenType, "\uFFFD")
	lifetime, err := tokenLifetime(expiresIn, accessToken)
	if err != nil {
		return tokenAnswer{}, err
	}
	return tokenAnswer{AccessToken: accessToken, TokenType: tokenType, Lifetime: lifetime}, nil
}

// tokenLifetime reads expires_in as decoded from a token answer: a JSON
// number or a string of digits. Absent or null means DefaultTokenLifetime.
// Anything else, and any value outside 1 s to MaxTokenLifetime, is an
// error that names the field and quotes the value (without the token).
func tokenLifetime(v any, accessToken string) (time.Duration, error) {
	var secs int64
	ok := false
	switch n := v.(type) {
	case nil:
		return DefaultTokenLifetime, nil
	case float64:
		if n == math.Trunc(n) && math.Abs(n) < 1<<53 {
			secs, ok = int64(n), true
		}
	case json.Number:
		secs, ok = parseSeconds(string(n))
	case string:
		secs, ok = parseSeconds(n)
	}
	maxSecs := int64(MaxTokenLifetime / time.Second)
	if ok && secs >= 1 && secs <= maxSecs {
		return time.Duration(secs) * time.Second, nil
	}
	shown, isString := v.(string)
	if !isString {
		encoded, _ := json.Marshal(v)
		shown = string(encoded)
	}
	described := fmt.Sprintf("%q", sanitise(shown, 40, []string{accessToken}))
	if !quotable(shown) {
		described = fmt.Sprintf("(%d characters, not shown in case they are a credential)", utf8.RuneCountInString(shown))
	}
	return 0, fmt.Errorf("expires_in %s is not a token lifetime: it must be a whole number of seconds from 1 to %d",
		described, maxSecs)
}

// quotable tells whether an expires_in value may be quoted in an error: a
// number, or too short to be a token. A long string may be an access token
// (an answer with two access_token fields, or one copied into the wrong
// field), which sanitise cannot know to redact.
func quotable(shown string) bool {
	const shortestToken = 12
	return utf8.RuneCountInString(shown) < shortestToken || strings.Trim(shown, "0123456789+-.eE") == ""
}

func parseSeconds(s string) (int64, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}
