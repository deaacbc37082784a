package mock

import (
	"net/http"
	"strings"
)

// authorize checks what every number-management call needs: a non-blank
// x-tracking-id (400/004) and a valid bearer token (401/001, 401/002). It
// answers the error itself and otherwise returns the client id (the JWT
// sub), which scopes orders and inventory.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) (string, bool) {
	if strings.TrimSpace(r.Header.Get(trackingIDField)) == "" {
		writeError(w, errTrackingIDMissing)
		return "", false
	}
	client, e, ok := s.checkBearer(r)
	if !ok {
		writeError(w, e)
		return "", false
	}
	return client, true
}

func (s *Server) checkBearer(r *http.Request) (string, apiError, bool) {
	authorization := strings.TrimSpace(r.Header.Get("Authorization"))
	if authorization == "" {
		return "", errMissingBearer, false
	}
	scheme, token, _ := strings.Cut(authorization, " ")
	token = strings.TrimSpace(token)
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", errMissingBearer, false
	}
	client, err := s.verifyToken(token)
	if err != nil || client == "" {
		return "", errInvalidBearer, false
	}
	return client, apiError{}, true
}
