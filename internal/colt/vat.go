package colt

import (
	"context"
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

// CheckVAT checks an end customer's VAT or registration number (Colt asks
// the EU's VIES); companyName, when given, is compared with the registered
// name, as Spain requires.
func (c *Client) CheckVAT(ctx context.Context, country, number, companyName string) (*VATCheck, error) {
	var out VATCheck
	err := c.do(ctx, call{
		op: "check VAT number", method: http.MethodPost, path: "/common-services/v1/check-vat-number",
		body: vatRequest{CountryCode: country, VATNumber: number, CompanyName: companyName}, idempotent: true,
	}, &out)
	return &out, err
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
