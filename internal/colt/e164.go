package colt

import (
	"fmt"
	"strconv"
	"strings"
)

// keepsTrunkZero lists countries whose leading 0 belongs to the number
// itself rather than being a trunk prefix (Italy's geographic numbers).
var keepsTrunkZero = map[string]bool{"IT": true}

// Why not github.com/nyaruka/phonenumbers: it validates numbers against
// the ITU plans of each country, but Colt's split format (country, area
// code, extension) and its number blocks need only the calling code, the
// trunk prefix and the digits; its plan checks may refuse the fictional
// ranges the mock and tests use (for example +44 1632 96xxxx) and add
// several megabytes of metadata to the provider, without removing code.

// E164 joins Colt's split number format (country, area code, extension)
// into an E.164 number. The area code may carry its national trunk prefix
// 0, which E.164 drops (except in Italy); spaces, dots and hyphens are
// ignored.
func E164(country, areaCode, extension string) (string, error) {
	calling, ok := Countries[strings.ToUpper(country)]
	if !ok {
		return "", fmt.Errorf("country %q is not one Colt serves; use an ISO 3166 alpha-2 code such as GB", country)
	}
	area, err := digitsOnly("area code", areaCode)
	if err != nil {
		return "", err
	}
	ext, err := digitsOnly("extension", extension)
	if err != nil {
		return "", err
	}
	if ext == "" {
		return "", fmt.Errorf("the extension is empty")
	}
	if !keepsTrunkZero[strings.ToUpper(country)] {
		area = strings.TrimPrefix(area, "0")
	}
	number := calling + area + ext
	if len(number) > 15 || len(number) < 8 {
		return "", fmt.Errorf("+%s has %d digits; E.164 numbers have 8 to 15", number, len(number))
	}
	return "+" + number, nil
}

// E164Range lists count consecutive numbers from the first extension; the
// range must stay within the extension's digits.
func E164Range(country, areaCode, firstExtension string, count int) ([]string, error) {
	if count < 1 || count > 10000 {
		return nil, fmt.Errorf("a range holds 1 to 10000 numbers, not %d", count)
	}
	if _, err := E164(country, areaCode, firstExtension); err != nil {
		return nil, err
	}
	ext, _ := digitsOnly("extension", firstExtension)
	first, err := strconv.ParseInt(ext, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("the extension %q is too long", firstExtension)
	}
	if last := strconv.FormatInt(first+int64(count)-1, 10); len(last) > len(ext) {
		return nil, fmt.Errorf("%d numbers from extension %s run past its %d digits", count, ext, len(ext))
	}
	out := make([]string, count)
	for i := range out {
		n, err := E164(country, areaCode, fmt.Sprintf("%0*d", len(ext), first+int64(i)))
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func digitsOnly(what, s string) (string, error) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '.':
		default:
			return "", fmt.Errorf("the %s %q has a character that is not a digit", what, s)
		}
	}
	return b.String(), nil
}
