package colt

// Countries maps each country Colt's Wholesale SIP numbers serve (ISO 3166
// alpha-2) to its E.164 calling code. Zone A and LU are documented; the rest
// of Zone B is our model (api/colt.yaml) until Colt's specs arrive.
var Countries = map[string]string{
	"AT": "43", "BE": "32", "DK": "45", "FR": "33", "DE": "49", "IE": "353", "IT": "39",
	"NL": "31", "PT": "351", "ES": "34", "SE": "46", "CH": "41", "GB": "44",
	"LU": "352", "FI": "358", "NO": "47", "PL": "48", "CZ": "420", "HU": "36", "SK": "421",
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
