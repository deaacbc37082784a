package colt

import (
	"strings"
	"testing"
)

// One case per served country, from Colt's split format to E.164.
func TestE164EveryCountry(t *testing.T) {
	cases := []struct{ country, area, ext, want string }{
		{"AT", "01", "712 3400", "+4317123400"},
		{"BE", "02", "712 30 00", "+3227123000"},
		{"DK", "", "3312 3400", "+4533123400"},
		{"FR", "01", "71 23 00 00", "+33171230000"},
		{"DE", "030", "7123 0000", "+493071230000"},
		{"IE", "01", "712 3000", "+35317123000"},
		{"IT", "06", "7123 0000", "+390671230000"},
		{"NL", "020", "712 3000", "+31207123000"},
		{"PT", "", "21 712 3000", "+351217123000"},
		{"ES", "", "91 712 30 00", "+34917123000"},
		{"SE", "08", "712 300 00", "+46871230000"},
		{"CH", "044", "712 30 00", "+41447123000"},
		{"GB", "020", "7123 0000", "+442071230000"},
		{"LU", "", "27 12 30", "+352271230"},
		{"FI", "09", "712 3000", "+35897123000"},
		{"NO", "", "2212 3000", "+4722123000"},
		{"PL", "22", "712 30 00", "+48227123000"},
		{"CZ", "", "212 345 678", "+420212345678"},
		{"HU", "1", "712 3000", "+3617123000"},
		{"SK", "02", "7123 4567", "+421271234567"},
		{"RO", "021", "712 3000", "+40217123000"},
	}
	seen := map[string]bool{}
	for _, tc := range cases {
		seen[tc.country] = true
		got, err := E164(tc.country, tc.area, tc.ext)
		if err != nil || got != tc.want {
			t.Errorf("E164(%s, %q, %q) = %q, %v; want %s", tc.country, tc.area, tc.ext, got, err, tc.want)
		}
		if CountryOf(got) != tc.country {
			t.Errorf("CountryOf(%s) = %s", got, CountryOf(got))
		}
	}
	for country := range Countries {
		if !seen[country] {
			t.Errorf("no case for %s", country)
		}
	}
}

func TestE164Errors(t *testing.T) {
	for _, tc := range []struct{ country, area, ext, err string }{
		{"UK", "20", "71230000", "not one Colt serves"},
		{"GB", "2O", "71230000", "not a digit"},
		{"GB", "20", "", "empty"},
		{"GB", "20", "7123000000000", "8 to 15"},
		{"LU", "", "12", "8 to 15"},
	} {
		if _, err := E164(tc.country, tc.area, tc.ext); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("E164(%s, %s, %s) err = %v, want %q", tc.country, tc.area, tc.ext, err, tc.err)
		}
	}
}

func TestE164Range(t *testing.T) {
	got, err := E164Range("GB", "020", "7123 0098", 3)
	if err != nil || strings.Join(got, ",") != "+442071230098,+442071230099,+442071230100" {
		t.Errorf("range = %v, %v", got, err)
	}
	if _, err := E164Range("GB", "20", "9999 9999", 2); err == nil {
		t.Error("a range past the last extension was accepted")
	}
	if _, err := E164Range("GB", "20", "7123 0000", 0); err == nil {
		t.Error("an empty range was accepted")
	}
}

// The countries Colt's texts name are supported as such; the client's other
// countries are the assumed ones users opt into.
func TestDocumentedCountries(t *testing.T) {
	named := strings.Fields("AT BE DK FR DE IE IT NL PT ES SE CH GB LU CZ SK RO PL FI")
	if len(DocumentedCountries) != len(named) {
		t.Errorf("%d documented countries, Colt's texts name %d", len(DocumentedCountries), len(named))
	}
	for _, code := range named {
		if !DocumentedCountries[code] || Countries[code] == "" {
			t.Errorf("%s: documented %v, calling code %q", code, DocumentedCountries[code], Countries[code])
		}
	}
	if got := strings.Join(AssumedCountries(), " "); got != "HU NO" {
		t.Errorf("assumed countries %q, want HU NO (no Colt text names them)", got)
	}
}
