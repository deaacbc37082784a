package colt

import (
	"regexp"
	"strings"
	"testing"
)

var e164Shape = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)

// FuzzE164: a number built from Colt's split format is E.164 (+, 8 to 15
// digits), belongs to the country it was built for, and re-formats to
// itself from that country and its national digits. A range is that many
// consecutive such numbers of one country and length.
func FuzzE164(f *testing.F) {
	for _, seed := range []struct {
		country, area, ext string
		count              uint8
	}{
		{"GB", "020", "7123 0000", 3}, {"IT", "06", "7123 0000", 2}, {"DE", "030", "7123 0099", 5},
		{"lu", "", "27 12 30", 1}, {"GB", "00", "7123-0000", 1}, {"CZ", "", "212.345.678", 10},
		{"UK", "20", "71230000", 1}, {"GB", "2O", "1", 1}, {"FI", "09", "9999 9999", 2}, {"PT", "", "", 0},
	} {
		f.Add(seed.country, seed.area, seed.ext, seed.count)
	}
	f.Fuzz(func(t *testing.T, country, area, ext string, count uint8) {
		n, err := E164(country, area, ext)
		if err != nil {
			return
		}
		iso := strings.ToUpper(country)
		if !e164Shape.MatchString(n) || CountryOf(n) != iso {
			t.Fatalf("E164(%q, %q, %q) = %q, country %q", country, area, ext, n, CountryOf(n))
		}
		national := n[1+len(Countries[iso]):]
		if again, err := E164(iso, "", national); again != n || err != nil {
			t.Fatalf("%s re-formats from %s %s as %q, %v", n, iso, national, again, err)
		}
		numbers, err := E164Range(country, area, ext, int(count))
		if err != nil {
			return
		}
		if len(numbers) != int(count) || numbers[0] != n {
			t.Fatalf("E164Range(%q, %q, %q, %d) = %v", country, area, ext, count, numbers)
		}
		for i, m := range numbers {
			if !e164Shape.MatchString(m) || CountryOf(m) != iso || len(m) != len(n) {
				t.Fatalf("range member %q (from %s)", m, n)
			}
			if i > 0 && digits(m) != digits(numbers[i-1])+1 {
				t.Fatalf("%s does not follow %s", m, numbers[i-1])
			}
		}
	})
}

// FuzzCountryOf: a country is found exactly when its calling code starts
// the number and digits follow; calling codes are prefix-free, so there is
// never a second candidate.
func FuzzCountryOf(f *testing.F) {
	for _, seed := range []string{"+442071230000", "+3531234567", "+35", "+", "", "44207", "+4", "+420212345678", "+352", "+3522"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, number string) {
		got := CountryOf(number)
		var matches []string
		for iso, code := range Countries {
			if strings.HasPrefix(number, "+"+code) && len(number) > len(code)+1 {
				matches = append(matches, iso)
			}
		}
		switch {
		case len(matches) > 1:
			t.Fatalf("%q starts with the calling codes of %v", number, matches)
		case len(matches) == 1 && got != matches[0], len(matches) == 0 && got != "":
			t.Fatalf("CountryOf(%q) = %q, want %v", number, got, matches)
		}
	})
}
