package mock

import (
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

const (
	formMediaType = "application/x-www-form-urlencoded"
	maxFormBytes  = 64 << 10
)

// allowedTokenParams are the only form parameters the token route accepts.
var allowedTokenParams = map[string]bool{
	"grant_type": true, "scope": true, "client_id": true, "client_secret": true,
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

// serveToken answers POST /authentication/v1/oauth/token. Injected faults
// have already been applied by ServeHTTP. The checks run in this order and
// the first failing one answers:
//
//  1. x-tracking-id missing or blank            -> 400/004
//  2. Content-Type missing                      -> 400/003
//  3. media type not form-urlencoded            -> 415/001
//  4. unreadable form, query parameters, unknown
//     or repeated parameters, or credentials in
//     the body next to an Authorization header -> 400/005
//  5. no Authorization header                   -> 401/002 if the body carries
//     credentials, else 401/001
//  6. scheme other than Basic                   -> 401/002
//  7. Basic credential empty or malformed       -> 400/001
//  8. grant_type missing                        -> 400/002; not
//     client_credentials                        -> 400/006
//  9. unknown client or wrong secret            -> 401/002
func (s *Server) serveToken(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSpace(r.Header.Get(trackingIDField)) == "" {
		writeError(w, errTrackingIDMissing)
		return
	}
	contentType := r.Header.Get("Content-Type")
	if strings.TrimSpace(contentType) == "" {
		writeError(w, errContentTypeMissing)
		return
	}
	if mediaType, _, err := mime.ParseMediaType(contentType); err != nil || mediaType != formMediaType {
		writeError(w, errUnsupportedMediaType.withDetails("Content-Type must be "+formMediaType))
		return
	}

	form, bad := readTokenForm(w, r)
	if bad != "" {
		writeError(w, errInvalidParameter.withDetails(bad))
		return
	}
	bodyCredential := ""
	for _, name := range []string{"client_id", "client_secret"} {
		if _, ok := form[name]; ok {
			bodyCredential = name
			break
		}
	}
	authorization := r.Header.Get("Authorization")
	if bodyCredential != "" && authorization != "" {
		writeError(w, errInvalidParameter.withDetails(fmt.Sprintf("parameter %q is not allowed together with an Authorization header", bodyCredential)))
		return
	}

	if authorization == "" {
		if bodyCredential != "" {
			writeError(w, errAuthMethod.withDetails("client credentials in the request body are not supported"))
			return
		}
		writeError(w, errNoClientAuth)
		return
	}
	scheme, credential, _ := strings.Cut(strings.TrimSpace(authorization), " ")
	if !strings.EqualFold(scheme, "Basic") {
		writeError(w, errAuthMethod)
		return
	}
	user, password, ok := parseBasicCredential(strings.TrimSpace(credential))
	if !ok {
		writeError(w, errAuthorizationMissing.withDetails("the Basic credential must be base64(client_id:client_secret)"))
		return
	}

	switch grantType := form.Get("grant_type"); {
	case grantType == "":
		writeError(w, errGrantTypeMissing)
		return
	case grantType != "client_credentials":
		writeError(w, errGrantTypeUnsupported)
		return
	}

	clientID, ok := s.authenticate(user, password)
	if !ok {
		writeError(w, errInvalidClient)
		return
	}
	token, err := s.issueToken(clientID)
	if err != nil {
		writeError(w, errTokenGeneration)
		return
	}
	s.countTokenIssued()
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Pragma", "no-cache")
	writeJSON(w, http.StatusOK, tokenResponse{
		AccessToken: token,
		TokenType:   "Bearer",
		ExpiresIn:   s.lifetimeSeconds(),
	})
}

// readTokenForm parses the request body. On failure it returns a description
// of the offending input that names parameters but never their values.
func readTokenForm(w http.ResponseWriter, r *http.Request) (url.Values, string) {
	if r.URL.RawQuery != "" {
		return nil, "the token endpoint takes no query parameters"
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxFormBytes))
	if err != nil {
		return nil, "request body could not be read"
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, "request body is not valid form-urlencoded data"
	}
	for name, values := range form {
		if !allowedTokenParams[name] {
			return nil, fmt.Sprintf("unsupported parameter %q", truncate(name, 64))
		}
		if len(values) > 1 {
			// RFC 6749 §3.2: parameters must not be included more than once.
			return nil, fmt.Sprintf("parameter %q is repeated", name)
		}
	}
	return form, ""
}

// parseBasicCredential decodes base64(user:password); it does not unescape.
func parseBasicCredential(credential string) (user, password string, ok bool) {
	if credential == "" {
		return "", "", false
	}
	decoded, err := base64.StdEncoding.DecodeString(credential)
	if err != nil {
		return "", "", false
	}
	user, password, ok = strings.Cut(string(decoded), ":")
	if !ok || user == "" {
		return "", "", false
	}
	return user, password, true
}

// authenticate checks the Basic credentials, which clients such as
// golang.org/x/oauth2 query-escape first (RFC 6749 §2.3.1). It returns the
// unescaped client id. Under the BasicAuth assumption "literal" they are
// compared as sent (RFC 7617), so escaped ones no longer match.
func (s *Server) authenticate(user, password string) (string, bool) {
	clientID, secret := user, password
	if s.assumed().BasicAuth != "literal" {
		var err error
		if clientID, err = url.QueryUnescape(user); err != nil {
			return "", false
		}
		if secret, err = url.QueryUnescape(password); err != nil {
			return "", false
		}
	}
	want, known := s.clients[clientID]
	if !known {
		// Compare anyway so unknown clients take as long as wrong secrets.
		want = "\x00unknown-client"
	}
	match := subtle.ConstantTimeCompare([]byte(secret), []byte(want)) == 1
	return clientID, known && match
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
