package mock

import (
	"fmt"
	"regexp"
	"strings"
)

type country struct {
	callingCode string
	defaultArea string
	// nsnLength is the national significant number length (area code plus
	// subscriber number) used to pad generated numbers to a plausible size.
	nsnLength int
	name      string
}

// countries are the countries the mock serves: the 19 Colt's texts name
// (Zone A and LU for number management; CZ SK RO PL FI from the billing
// list) and NO and HU, which no Colt text names (assumed; the provider
// needs an opt-in for them). Default area codes are the
// capital's (Denmark, Luxembourg and Norway have no area codes, so a leading
// digit stands in).
var countries = map[string]country{
	"AT": {callingCode: "43", defaultArea: "1", nsnLength: 10, name: "Austria"},
	"BE": {callingCode: "32", defaultArea: "2", nsnLength: 8, name: "Belgium"},
	"DK": {callingCode: "45", defaultArea: "3", nsnLength: 8, name: "Denmark"},
	"FR": {callingCode: "33", defaultArea: "1", nsnLength: 9, name: "France"},
	"DE": {callingCode: "49", defaultArea: "30", nsnLength: 10, name: "Germany"},
	"IE": {callingCode: "353", defaultArea: "1", nsnLength: 8, name: "Ireland"},
	"IT": {callingCode: "39", defaultArea: "06", nsnLength: 10, name: "Italy"},
	"NL": {callingCode: "31", defaultArea: "20", nsnLength: 9, name: "Netherlands"},
	"PT": {callingCode: "351", defaultArea: "21", nsnLength: 9, name: "Portugal"},
	"ES": {callingCode: "34", defaultArea: "91", nsnLength: 9, name: "Spain"},
	"SE": {callingCode: "46", defaultArea: "8", nsnLength: 9, name: "Sweden"},
	"CH": {callingCode: "41", defaultArea: "44", nsnLength: 9, name: "Switzerland"},
	"GB": {callingCode: "44", defaultArea: "20", nsnLength: 10, name: "United Kingdom"},
	"LU": {callingCode: "352", defaultArea: "2", nsnLength: 8, name: "Luxembourg"},
	"FI": {callingCode: "358", defaultArea: "9", nsnLength: 9, name: "Finland"},
	"NO": {callingCode: "47", defaultArea: "2", nsnLength: 8, name: "Norway"},
	"PL": {callingCode: "48", defaultArea: "22", nsnLength: 9, name: "Poland"},
	"CZ": {callingCode: "420", defaultArea: "2", nsnLength: 9, name: "Czechia"},
	"HU": {callingCode: "36", defaultArea: "1", nsnLength: 8, name: "Hungary"},
	"SK": {callingCode: "421", defaultArea: "2", nsnLength: 9, name: "Slovakia"},
	"RO": {callingCode: "40", defaultArea: "21", nsnLength: 9, name: "Romania"},
}

const (
	// sequenceDigits is the zero-padded tail that numbers a pool entry; the
	// digits between area code and tail come from subscriberPrefix.
	sequenceDigits   = 4
	poolSize         = 10000 // 10^sequenceDigits
	subscriberPrefix = "712345678"
	maxAreaDigits    = 5
)

var e164 = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)

// pool is the deterministic number series of one country and area code:
// prefix followed by the sequence 0000-9999.
type pool struct {
	country string
	area    string
	prefix  string
}

// maxArea is the longest area code the country's numbers leave room for.
func (c country) maxArea() int { return min(c.nsnLength-sequenceDigits, maxAreaDigits) }

func (c country) validArea(area string) bool { return isDigits(area) && len(area) <= c.maxArea() }

func areaCodeError(code string, c country) apiError {
	return errBadAreaCode.withMessage(fmt.Sprintf("areaCode must be 1 to %d digits for country %s", c.maxArea(), code))
}

// poolFor returns the series of a valid area code.
func poolFor(code, area string) pool {
	c := countries[code]
	return pool{country: code, area: area,
		prefix: "+" + c.callingCode + area + subscriberPrefix[:c.nsnLength-len(area)-sequenceDigits]}
}

func (p pool) number(seq int) string { return fmt.Sprintf("%s%0*d", p.prefix, sequenceDigits, seq) }

// countryOf returns the served country whose calling code starts an E.164
// number. The calling codes are prefix-free.
func countryOf(number string) (string, bool) {
	for code, c := range countries {
		if strings.HasPrefix(number, "+"+c.callingCode) {
			return code, true
		}
	}
	return "", false
}

// poolArea returns the area code of the pool series holding number (the
// shortest, where two series overlap).
func poolArea(code, number string) (string, bool) {
	c := countries[code]
	nsn := strings.TrimPrefix(number, "+"+c.callingCode)
	if len(nsn) != c.nsnLength || !isDigits(nsn) {
		return "", false
	}
	for n := 1; n <= c.maxArea(); n++ {
		if poolFor(code, nsn[:n]).prefix == number[:len(number)-sequenceDigits] {
			return nsn[:n], true
		}
	}
	return "", false
}

// areaOf is the area code reported for a number: its pool's, or, for a
// number from outside Colt's pool (ported in), as many leading digits as
// the country's default area code has.
func areaOf(code, number string) string {
	if area, ok := poolArea(code, number); ok {
		return area
	}
	c := countries[code]
	nsn := strings.TrimPrefix(number, "+"+c.callingCode)
	return nsn[:min(len(c.defaultArea), len(nsn))]
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isUpperAlpha(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func countryError(code string) apiError {
	if code == "" {
		return errBadCountry.withMessage("country code is missing").
			withDetails("countryCode (ISO 3166-1 alpha-2) is required")
	}
	if len(code) != 2 || !isUpperAlpha(code) {
		return errBadCountry.withMessage("country code is not an ISO 3166-1 alpha-2 code")
	}
	return errBadCountry.withMessage(fmt.Sprintf("country code %s is not supported", code))
}
