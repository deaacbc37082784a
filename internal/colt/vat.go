package colt

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// VATCheck is the result of checking a VAT or registration number.
type VATCheck struct {
	CountryCode       string    `json:"countryCode"`
	VATNumber         string    `json:"vatNumber"`
	Valid             bool      `json:"valid"`
	RegisteredName    string    `json:"registeredName,omitempty"`
	RegisteredAddress string    `json:"registeredAddress,omitempty"`
	NameMatches       *bool     `json:"nameMatches,omitempty"`
	CheckedAt         time.Time `json:"checkedAt"`
}

type vatRequest struct {
	CountryCode string `json:"countryCode"`
	VATNumber   string `json:"vatNumber"`
	CompanyName string `json:"companyName,omitempty"`
}

const (
	opCheckVAT = "check VAT number"
	// maxVATAnswer bounds the body kept to interpret and quote.
	maxVATAnswer = 64 << 10
)

// CheckVAT checks an end customer's VAT or registration number (Colt asks
// the EU's VIES); companyName, when given, is compared with the registered
// name, as Spain requires. An answer whose shape the client cannot read is
// a *VATAnswerError, never a number that is "not valid".
func (c *Client) CheckVAT(ctx context.Context, country, number, companyName string) (*VATCheck, error) {
	var body []byte
	meta, err := c.doShared(ctx, call{
		op: opCheckVAT, method: http.MethodPost, path: "/common-services/v1/check-vat-number",
		body: vatRequest{CountryCode: country, VATNumber: number, CompanyName: companyName}, idempotent: true,
		limit: maxVATAnswer,
		read: func(_ string, r io.Reader) error {
			var readErr error
			body, readErr = io.ReadAll(r)
			return readErr
		},
	}, nil)
	if err != nil {
		return &VATCheck{}, err
	}
	out, problem := readVATAnswer(body, companyName != "")
	if problem != "" {
		return out, &VATAnswerError{
			Problem:    problem,
			Excerpt:    sanitise(stripTags(string(body)), 300, c.secrets),
			TrackingID: meta.trackingID,
		}
	}
	return out, nil
}

// readVATAnswer decodes the answer modelled in api/colt.yaml and says what
// is missing when it is not that shape: a boolean valid, and nameMatches
// for a valid number whose name was sent.
func readVATAnswer(body []byte, nameSent bool) (*VATCheck, string) {
	var out VATCheck
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil || fields == nil {
		return &out, "the answer is not a JSON object"
	}
	if !isJSONBool(fields["valid"]) {
		return &out, `it has no boolean field "valid"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return &out, "a field has another type: " + err.Error()
	}
	if out.Valid && nameSent && !isJSONBool(fields["nameMatches"]) {
		return &out, `the company name was sent but it has no boolean field "nameMatches"`
	}
	return &out, ""
}

func isJSONBool(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return bytes.Equal(raw, []byte("true")) || bytes.Equal(raw, []byte("false"))
}

// VATAnswerError is a VAT check answered with success in a shape the client
// does not know, so whether the number is valid is unknown.
type VATAnswerError struct {
	Problem    string
	Excerpt    string // sanitised start of the body
	TrackingID string
}

func (e *VATAnswerError) Error() string {
	msg := fmt.Sprintf("%s: Colt answered, but %s: the VAT answer's shape differs from the one modelled in api/colt.yaml, "+
		"so the provider cannot tell whether the number is valid. Body: %q", opCheckVAT, e.Problem, e.Excerpt)
	if e.TrackingID != "" {
		msg += " [x-tracking-id " + e.TrackingID + "]"
	}
	return msg
}

// Usable tells whether the check allows an activation or port-in: valid,
// and in countries that need it, the registered name matching.
func (v *VATCheck) Usable() bool {
	if !v.Valid {
		return false
	}
	if NameRequired[v.CountryCode] {
		return v.NameMatches != nil && *v.NameMatches
	}
	return true
}
