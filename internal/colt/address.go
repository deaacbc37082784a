package colt

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
)

// AddressFields lists, per country, the input fields Colt's address
// validation takes besides houseNumber, streetName, city and postalCode,
// and which of all of them are required. Documented for AT DK DE NL SE GB CH
// FR BE IT PT ES; the other served countries take the base fields (our
// model, api/colt.yaml).
var AddressFields = map[string]struct{ Extra, Required []string }{
	"FR": {Extra: []string{"streetType", "poBoxNumber"}, Required: []string{"streetType"}},
	"BE": {Extra: []string{"addressExtension", "subLocality"}},
	"IT": {Extra: []string{"streetType", "subLocality", "province"}, Required: []string{"province"}},
	"PT": {Extra: []string{"district"}, Required: []string{"district"}},
	"ES": {Extra: []string{"streetType", "province"}, Required: []string{"streetType", "province"}},
}

// BaseAddressFields are required in every country.
var BaseAddressFields = []string{"houseNumber", "streetName", "city", "postalCode"}

// Address is a standardised address as Colt returns it. Fields is every
// input field Colt set, by its API name.
type Address struct {
	AddressID string   `json:"addressId,omitempty"`
	Country   string   `json:"country"`
	Formatted string   `json:"formatted,omitempty"`
	Latitude  *float64 `json:"latitude,omitempty"`
	Longitude *float64 `json:"longitude,omitempty"`

	HouseNumber      string `json:"houseNumber,omitempty"`
	StreetName       string `json:"streetName,omitempty"`
	City             string `json:"city,omitempty"`
	PostalCode       string `json:"postalCode,omitempty"`
	StreetType       string `json:"streetType,omitempty"`
	PoBoxNumber      string `json:"poBoxNumber,omitempty"`
	AddressExtension string `json:"addressExtension,omitempty"`
	SubLocality      string `json:"subLocality,omitempty"`
	Province         string `json:"province,omitempty"`
	District         string `json:"district,omitempty"`
}

// Field returns an input field by its API name.
func (a *Address) Field(name string) string {
	return map[string]string{
		"houseNumber": a.HouseNumber, "streetName": a.StreetName, "city": a.City, "postalCode": a.PostalCode,
		"streetType": a.StreetType, "poBoxNumber": a.PoBoxNumber, "addressExtension": a.AddressExtension,
		"subLocality": a.SubLocality, "province": a.Province, "district": a.District,
	}[name]
}

// Address validation results.
const (
	AddressValid       = "Valid"
	AddressSuggestions = "Suggestions"
	AddressInvalid     = "Invalid"
)

// FieldError is Colt's remark on one input field.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// AddressValidation is the answer to a validation request.
type AddressValidation struct {
	Result      string       `json:"result"`
	Address     *Address     `json:"address,omitempty"`
	Suggestions []Address    `json:"suggestions,omitempty"`
	FieldErrors []FieldError `json:"fieldErrors,omitempty"`
}

// ValidateAddress asks Colt to check and standardise an address.
func (c *Client) ValidateAddress(ctx context.Context, in Address) (*AddressValidation, error) {
	in.AddressID, in.Formatted, in.Latitude, in.Longitude = "", "", nil, nil
	var out AddressValidation
	err := c.do(ctx, call{
		op: "validate address", method: http.MethodPost, path: "/addressManagement/v1/validateAddress",
		body: in, idempotent: true, // a validation changes nothing
	}, &out)
	return &out, err
}

// GetAddress reads a stored address.
func (c *Client) GetAddress(ctx context.Context, id string) (*Address, error) {
	var out Address
	_, err := c.doShared(ctx, call{
		op: "read address " + id, method: http.MethodGet, path: "/addressManagement/v1/address/" + url.PathEscape(id),
		idempotent: true,
	}, &out)
	return &out, err
}

// LACQuery locates a place: coordinates (required in Germany), or a postal
// code or city.
type LACQuery struct {
	Country    string
	Latitude   *float64
	Longitude  *float64
	PostalCode string
	City       string
}

// LocalAreaCodes is Colt's answer for a location.
type LocalAreaCodes struct {
	Country       string   `json:"country"`
	ValidLAC      []string `json:"validLAC"`
	LocalAreaCode string   `json:"localAreaCode"`
}

// LocalAreaCode finds the local area code(s) for a location.
func (c *Client) LocalAreaCode(ctx context.Context, q LACQuery) (*LocalAreaCodes, error) {
	params := url.Values{"country": {q.Country}}
	if q.Latitude != nil && q.Longitude != nil {
		params.Set("latitude", strconv.FormatFloat(*q.Latitude, 'f', -1, 64))
		params.Set("longitude", strconv.FormatFloat(*q.Longitude, 'f', -1, 64))
	}
	setIf(params, "postalCode", q.PostalCode)
	setIf(params, "city", q.City)
	var out LocalAreaCodes
	_, err := c.doShared(ctx, call{
		op: "find local area code", method: http.MethodGet, path: "/addressManagement/v1/LACByLocation",
		query: params, idempotent: true,
	}, &out)
	return &out, err
}
