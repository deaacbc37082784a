package mock

import "strings"

// Number kinds. Colt documents geographic and nomadic numbers; the wire
// field numberType, its values and where nomadic numbers come from are
// assumed. Nomadic numbers are not tied to an area: each country has one
// series of them, under a non-geographic prefix (nomadicArea), apart from
// the geographic series.
const (
	kindGeographic = "geographic"
	kindNomadic    = "nomadic"
	nomadicDigits  = "876543210" // the geographic series use subscriberPrefix
)

// nomadicArea is the prefix of each country's nomadic series: the national
// ranges for location-independent numbers where the mock knows one
// (DE 032, GB 056, FR 09, AT 0720), else 9.
var nomadicArea = map[string]string{"DE": "32", "GB": "56", "FR": "9", "AT": "720"}

func nomadicPool(code string) pool {
	c := countries[code]
	area := nomadicArea[code]
	if area == "" {
		area = "9"
	}
	return pool{country: code, area: area,
		prefix: "+" + c.callingCode + area + nomadicDigits[:c.nsnLength-len(area)-sequenceDigits]}
}

// kindOf is the kind of a number of country code.
func kindOf(code, number string) string {
	p := nomadicPool(code)
	if strings.HasPrefix(number, p.prefix) && len(number) == len(p.prefix)+sequenceDigits {
		return kindNomadic
	}
	return kindGeographic
}

// inPool tells whether number is in Colt's series of that kind.
func inPool(code, kind, number string) bool {
	if kind == kindNomadic {
		return kindOf(code, number) == kindNomadic
	}
	_, ok := poolArea(code, number)
	return ok && kindOf(code, number) == kindGeographic
}

// checkKind answers 400/100 unless kind is empty or a number kind.
func checkKind(field, kind string) *apiError {
	if kind != "" && kind != kindGeographic && kind != kindNomadic {
		return fail(errBadBody, "%s must be %s or %s, got %q", field, kindGeographic, kindNomadic, truncate(kind, 20))
	}
	return nil
}

// kind is the kind of the series' numbers.
func (p pool) kind() string {
	if p.prefix == nomadicPool(p.country).prefix {
		return kindNomadic
	}
	return kindGeographic
}
