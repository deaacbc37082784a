package mock

import (
	"encoding/json"
	"net/http"
	"strings"
)

// apiError is the error body every mock response uses. Colt publishes the
// columns (status, code, reason, message, details) but not the JSON shape, so
// this shape is the project's own model.
type apiError struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
	Details string `json:"details"`
}

const (
	reasonValidation = "Validation not met"
	reasonAuth       = "Authentication error"
)

// Rows of Colt's published authentication error table, whose messages are
// Colt's wording verbatim (token_wording_test.go), plus the Voice and
// mock-specific rows.
var (
	errAuthorizationMissing = apiError{Status: http.StatusBadRequest, Code: "001", Reason: reasonValidation,
		Message: "The request is missing authorization parameter."}
	errGrantTypeMissing = apiError{Status: http.StatusBadRequest, Code: "002", Reason: reasonValidation,
		Message: "The request is missing grant_type.", Details: "form parameter grant_type is required"}
	errContentTypeMissing = apiError{Status: http.StatusBadRequest, Code: "003", Reason: reasonValidation,
		Message: "The request is missing content_type header", Details: "send Content-Type: application/x-www-form-urlencoded"}
	errTrackingIDMissing = apiError{Status: http.StatusBadRequest, Code: "004", Reason: reasonValidation,
		Message: "The request is missing x-tracking-id.", Details: "every request needs a non-blank x-tracking-id header"}
	errInvalidParameter = apiError{Status: http.StatusBadRequest, Code: "005", Reason: reasonValidation,
		Message: "Invalid input parameter"}
	errGrantTypeUnsupported = apiError{Status: http.StatusBadRequest, Code: "006", Reason: reasonValidation,
		Message: "The authorization grant type is not supported by authorization server", Details: "only grant_type=client_credentials is supported"}
	errNoClientAuth = apiError{Status: http.StatusUnauthorized, Code: "001", Reason: reasonAuth,
		Message: "The authorization parameter is missing.", Details: "send the client credentials in an HTTP Basic Authorization header"}
	errAuthMethod = apiError{Status: http.StatusUnauthorized, Code: "002", Reason: reasonAuth,
		Message: "The authorization parameter is not valid.", Details: "send the client credentials in an HTTP Basic Authorization header only"}
	errInvalidClient = apiError{Status: http.StatusUnauthorized, Code: "002", Reason: reasonAuth,
		Message: "The authorization parameter is not valid.", Details: "check the client_id and client_secret"}
	errUnsupportedMediaType = apiError{Status: http.StatusUnsupportedMediaType, Code: "001", Reason: reasonValidation,
		Message: "The format of the posted body is not supported by the endpoint."}
	errInternal = apiError{Status: http.StatusInternalServerError, Code: "001", Reason: "Internal error",
		Message: "An unknown internal error occurred"}
	errTokenGeneration = apiError{Status: http.StatusInternalServerError, Code: "002", Reason: "internal error",
		Message: "O Auth server failed."}
	errUnavailable = apiError{Status: http.StatusServiceUnavailable, Code: "001", Reason: "service unavailable",
		Message: "The service is temporarily unavailable"}
	errTooManyRequests = apiError{Status: http.StatusTooManyRequests, Code: "001", Reason: "Too many requests",
		Message: "rate limit exceeded"}

	errMissingBearer = apiError{Status: http.StatusUnauthorized, Code: "001", Reason: reasonAuth,
		Message: "missing bearer token", Details: "send Authorization: Bearer <access_token>"}
	errInvalidBearer = apiError{Status: http.StatusUnauthorized, Code: "002", Reason: reasonAuth,
		Message: "invalid or expired access token", Details: "request a new token from " + tokenPath}
	errBadCountry  = apiError{Status: http.StatusBadRequest, Code: "101", Reason: reasonValidation}
	errBadQuantity = apiError{Status: http.StatusBadRequest, Code: "102", Reason: reasonValidation,
		Message: "quantity must be an integer between 1 and 100"}
	errBadAreaCode = apiError{Status: http.StatusBadRequest, Code: "103", Reason: reasonValidation}

	errNotFound = apiError{Status: http.StatusNotFound, Code: "001", Reason: "Not found",
		Message: "no such resource"}
	errMethodNotAllowed = apiError{Status: http.StatusMethodNotAllowed, Code: "001", Reason: "Method not allowed",
		Message: "method not allowed on this resource"}
)

// injectableRows are looked up by FailNext; the first row wins where a
// status/code pair has several messages.
var injectableRows = []apiError{
	errInternal, errTokenGeneration, errUnavailable, errTooManyRequests,
	errAuthorizationMissing, errGrantTypeMissing, errContentTypeMissing, errTrackingIDMissing,
	errInvalidParameter, errGrantTypeUnsupported, errNoClientAuth, errAuthMethod,
	errUnsupportedMediaType, errNotFound, errMethodNotAllowed,
}

// errorRow returns the known row for status/code or a generic one.
func errorRow(status int, code string) apiError {
	for _, row := range injectableRows {
		if row.Status == status && row.Code == code {
			return row
		}
	}
	reason := http.StatusText(status)
	if reason == "" {
		reason = "Injected error"
	}
	return apiError{Status: status, Code: code, Reason: reason, Message: "injected failure"}
}

func (e apiError) withMessage(msg string) apiError {
	e.Message = msg
	return e
}

func (e apiError) withDetails(details string) apiError {
	e.Details = details
	return e
}

func writeError(w http.ResponseWriter, e apiError) {
	if e.Status == http.StatusServiceUnavailable || e.Status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, e.Status, e)
}

func writeMethodNotAllowed(w http.ResponseWriter, allowed ...string) {
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	writeError(w, errMethodNotAllowed)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		// Unreachable for the plain structs sent here; answer 500/001 anyway.
		status = http.StatusInternalServerError
		body = []byte(`{"status":500,"code":"001","reason":"Internal error","message":"An unknown internal error occurred","details":""}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}
