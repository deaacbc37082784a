package colt

import (
	"errors"
	"fmt"
	"strings"
)

const proxyHint = "The provider always sends it; if base_url points at a proxy, check that the proxy forwards the request unchanged."

// tokenHints says what to do about each row of the token API's error table.
var tokenHints = map[string]string{
	"400/001": "The Authorization header carried no usable client credentials. Check that client_id and client_secret (COLT_CLIENT_ID, COLT_CLIENT_SECRET) are both non-empty.",
	"400/002": "Colt saw no grant_type. " + proxyHint,
	"400/003": "Colt saw no Content-Type header. " + proxyHint,
	"400/004": "Colt saw no x-tracking-id header. " + proxyHint,
	"400/005": "Colt saw unsupported parameters or more than one set of credentials. The provider sends only grant_type and HTTP Basic credentials; check that a proxy in front of Colt does not add its own.",
	"400/006": "Colt does not support the grant type sent. The provider uses client_credentials; check that a proxy does not rewrite the body.",
	"401/001": "Colt saw no client authentication. Set client_id and client_secret (COLT_CLIENT_ID, COLT_CLIENT_SECRET).",
	"401/002": "Colt rejected the client credentials. Check client_id and client_secret (COLT_CLIENT_ID, COLT_CLIENT_SECRET), and that they belong to the selected environment (production and sandbox credentials differ). Colt accepts HTTP Basic authentication only.",
	"415/001": "Colt did not accept the body format (it must be application/x-www-form-urlencoded). " + proxyHint,
	"500/001": "Colt had an unknown internal error. Try again later; if it persists, contact Colt support quoting the x-tracking-id.",
	"500/002": "Colt's OAuth server failed to generate a token (the provider retried). Try again later; if it persists, contact Colt support quoting the x-tracking-id.",
	"503/001": "Colt's authentication backend is temporarily unavailable (the provider retried). Try again later, or raise max_retries or request_timeout.",
}

var statusHints = map[int]string{
	401: "Colt rejected the access token even after the provider fetched a new one. Check that the API account behind client_id is entitled to this API.",
	403: "The API account is not allowed to do this. Check its entitlements with Colt.",
	404: "Colt does not know this path or object. If base_url is set, check that it points at Colt's gateway.",
	429: "Colt is rate limiting this account (the provider retried, honouring Retry-After). Reduce parallelism (terraform -parallelism) or raise max_retries.",
	502: "A gateway in front of Colt failed (the provider retried). Try again later.",
	503: "Colt is temporarily unavailable (the provider retried). Try again later, or raise max_retries or request_timeout.",
	504: "A gateway in front of Colt timed out (the provider retried). Try again later, or raise request_timeout.",
}

// Hint says what a user can do about err, or "" when there is no advice.
func Hint(err error) string {
	var unknown *UnknownOutcomeError
	if errors.As(err, &unknown) {
		life, _, _ := strings.Cut(unknown.Reference, ":")
		return fmt.Sprintf("Find out whether Colt has the order before you apply again: look for customer reference %q "+
			"in the number inventory (data source colt_numbers with customer_reference = %q, or Colt's portal), or ask Colt support. "+
			"If Colt has it, apply again once it has completed: the provider finds it by its customer reference and adopts it "+
			"(or import the resource by one of its numbers). If Colt has no such order, apply again to place it.",
			unknown.Reference, life)
	}
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		if apiErr.Operation == opToken {
			if h, ok := tokenHints[apiErr.Row()]; ok {
				return retriedOrNot(h, apiErr)
			}
		}
		if h, ok := statusHints[apiErr.StatusCode]; ok {
			return retriedOrNot(h, apiErr)
		}
		if apiErr.StatusCode >= 500 {
			return "Colt failed to answer. Try again later; if it persists, contact Colt support quoting the x-tracking-id."
		}
		return ""
	}
	var expired *TokenExpiredError
	if errors.As(err, &expired) || errors.Is(err, ErrNoCredentials) {
		return "See the provider documentation on credentials."
	}
	return ""
}

// retriedOrNot drops a hint's "the provider retried" when it did not.
func retriedOrNot(hint string, e *APIError) string {
	if e.Attempts > 1 {
		return hint
	}
	return strings.NewReplacer(" (the provider retried)", "", " (the provider retried, honouring Retry-After)", "").Replace(hint)
}
