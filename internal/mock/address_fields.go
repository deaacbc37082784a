package mock

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Input fields of validateAddress. The lists per country are documented
// (AT DK DE NL SE GB CH: the base fields; FR BE IT PT ES add their own);
// the countries Colt does not list take the base fields, and which fields
// are required is assumed.
var (
	baseAddressFields  = []string{"country", "houseNumber", "streetName", "city", "postalCode"}
	extraAddressFields = map[string][]string{
		"FR": {"streetType", "poBoxNumber"},
		"BE": {"addressExtension", "subLocality"},
		"IT": {"streetType", "subLocality", "province"},
		"PT": {"district"},
		"ES": {"streetType", "province"},
	}
	requiredExtraFields = map[string][]string{
		"FR": {"streetType"},
		"IT": {"province"},
		"PT": {"district"},
		"ES": {"streetType", "province"},
	}
)

// addressFields returns the input fields country uses, and those it
// requires (country included in both).
func addressFields(country string) (used, required []string) {
	used = append(slices.Clone(baseAddressFields), extraAddressFields[country]...)
	required = append(slices.Clone(baseAddressFields), requiredExtraFields[country]...)
	return used, required
}

// addressInput is a decoded validateAddress body: field name to trimmed
// value.
type addressInput map[string]string

// decodeAddressInput reads the body as a JSON object of strings (null
// counts as absent); anything else answers 400/100.
func decodeAddressInput(body []byte) (addressInput, *apiError) {
	var raw map[string]json.RawMessage
	if len(strings.TrimSpace(string(body))) == 0 {
		return nil, fail(errBadBody, "the request body is empty; send a JSON object")
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, fail(errBadBody, "%s", jsonProblem(err))
	}
	if raw == nil {
		return nil, fail(errBadBody, "the body must be a JSON object, not null")
	}
	in := addressInput{}
	for name, value := range raw {
		var s *string
		if err := json.Unmarshal(value, &s); err != nil {
			return nil, fail(errBadBody, "field %s must be a string", truncate(name, 32))
		}
		if s != nil {
			in[name] = strings.TrimSpace(*s)
		}
	}
	return in, nil
}

// check answers 400/101 for a missing or unserved country, 400/111 for a
// field the country does not use (first by name), then 400/110 for a
// missing or blank required field (in the country's field order).
func (in addressInput) check() *apiError {
	code := in["country"]
	if _, ok := countries[code]; !ok {
		if code == "" {
			e := errBadCountry.withMessage("country is missing").withDetails("country (ISO 3166-1 alpha-2) is required")
			return &e
		}
		e := countryError(code)
		return &e
	}
	used, required := addressFields(code)
	for _, name := range slices.Sorted(maps.Keys(in)) {
		if !slices.Contains(used, name) {
			e := errAddressFieldUnused.withMessage(fmt.Sprintf("field %s is not used in %s", truncate(name, 32), code)).
				withDetails(truncate(name, 64))
			return &e
		}
	}
	for _, name := range required {
		if in[name] == "" {
			e := errAddressFieldMissing.withMessage(fmt.Sprintf("missing field %s for %s", name, code)).withDetails(name)
			return &e
		}
	}
	return nil
}
