package colt

import "slices"

// Countries maps each country the client knows (ISO 3166 alpha-2) to its
// E.164 calling code: those Colt's texts name (DocumentedCountries) and
// the ones this project models although no Colt text names them
// (AssumedCountries), which users opt into.
var Countries = map[string]string{
	"AT": "43", "BE": "32", "DK": "45", "FR": "33", "DE": "49", "IE": "353", "IT": "39",
	"NL": "31", "PT": "351", "ES": "34", "SE": "46", "CH": "41", "GB": "44",
	"LU": "352", "FI": "358", "PL": "48", "CZ": "420", "SK": "421", "RO": "40",
	"NO": "47", "HU": "36",
}

// DocumentedCountries are the countries Colt's texts name: number
// management's Zone A (AT BE DK FR DE IE IT NL PT ES SE CH GB) and LU, and
// the billing country list (CZ SK RO PL FI besides those).
var DocumentedCountries = map[string]bool{
	"AT": true, "BE": true, "DK": true, "FR": true, "DE": true, "IE": true, "IT": true,
	"NL": true, "PT": true, "ES": true, "SE": true, "CH": true, "GB": true,
	"LU": true, "CZ": true, "SK": true, "RO": true, "PL": true, "FI": true,
}

// AssumedCountries lists, sorted, the countries the client knows that no
// Colt text names (Norway and Hungary).
func AssumedCountries() []string {
	var out []string
	for code := range Countries {
		if !DocumentedCountries[code] {
			out = append(out, code)
		}
	}
	slices.Sort(out)
	return out
}

// GermanBlockLimit is the largest German block that can be assigned to an
// end customer (activated or ported in) without a regulator (BNetzA)
// approval reference; reserving needs none.
const GermanBlockLimit = 100

// RegistrationRequired lists the countries whose activations and port-ins
// need the end customer's VAT or registration number checked.
var RegistrationRequired = map[string]bool{"PT": true, "ES": true, "FI": true}

// NameRequired lists the countries that also need the exact registered name.
var NameRequired = map[string]bool{"ES": true}

// CountryOf returns the country whose calling code starts an E.164 number,
// or "" when no supported country matches. Calling codes are prefix-free.
func CountryOf(e164 string) string {
	if len(e164) < 2 || e164[0] != '+' {
		return ""
	}
	for iso, code := range Countries {
		if len(e164) > len(code)+1 && e164[1:1+len(code)] == code {
			return iso
		}
	}
	return ""
}
