package mock

import (
	"fmt"
	"net/http"
	"testing"
	"time"
)

func (e *env) checkVAT(body string) vatResponse {
	e.t.Helper()
	var out vatResponse
	e.postJSON(vatPath, body, http.StatusOK, &out)
	return out
}

func TestCheckVAT(t *testing.T) {
	e := newEnv(t)
	now := e.clock.Now().Format(time.RFC3339)
	// Every served country has a valid number; Spain needs the name.
	for code := range countries {
		number, name, ok := ValidVAT(code)
		if !ok {
			t.Fatalf("ValidVAT(%s)", code)
		}
		got := e.checkVAT(fmt.Sprintf(`{"countryCode":%q,"vatNumber":%q,"companyName":%q}`, code, number, name))
		if !got.Valid || got.RegisteredName != name || got.VATNumber != number || got.CountryCode != code ||
			got.NameMatches == nil || !*got.NameMatches || got.CheckedAt != now {
			t.Errorf("%s: %+v", code, got)
		}
		if want := validateAddress(KnownAddress(code)).Address.Formatted; got.RegisteredAddress != want {
			t.Errorf("%s: registeredAddress %q, want %q", code, got.RegisteredAddress, want)
		}
	}
	if _, _, ok := ValidVAT("US"); ok {
		t.Error("ValidVAT(US)")
	}

	for _, tc := range []struct {
		name, body  string
		valid       bool
		nameMatches *bool
		number      string
	}{
		{"PT with prefix and spaces", `{"countryCode":"PT","vatNumber":"PT 509 999 999"}`, true, nil, "509999999"},
		{"PT another number", `{"countryCode":"PT","vatNumber":"501234567"}`, false, nil, "501234567"},
		{"FI with prefix", `{"countryCode":"FI","vatNumber":"FI12345678"}`, true, nil, "12345678"},
		{"FI business id with hyphen", `{"countryCode":"FI","vatNumber":"1234567-8","companyName":"Someone Else Oy"}`, true, ptr(false), "12345678"},
		{"ES name matches, case and spaces aside", `{"countryCode":"ES","vatNumber":"b12345678","companyName":"  cliente ejemplo sl "}`, true, ptr(true), "B12345678"},
		{"ES name differs", `{"countryCode":"ES","vatNumber":"B12345678","companyName":"Cliente Ejemplo"}`, true, ptr(false), "B12345678"},
		{"ES unknown NIF", `{"countryCode":"ES","vatNumber":"12345678Z","companyName":"Otro SL"}`, false, nil, "12345678Z"},
		{"GB unknown number", `{"countryCode":"GB","vatNumber":"GB987654321","companyName":"Example Customer Ltd"}`, false, nil, "987654321"},
	} {
		got := e.checkVAT(tc.body)
		if got.Valid != tc.valid || got.VATNumber != tc.number || (got.NameMatches == nil) != (tc.nameMatches == nil) ||
			(tc.nameMatches != nil && *got.NameMatches != *tc.nameMatches) {
			t.Errorf("%s: %+v", tc.name, got)
		}
		if !got.Valid && (got.RegisteredName != "" || got.RegisteredAddress != "") {
			t.Errorf("%s: registered data of an invalid number: %+v", tc.name, got)
		}
	}

	for _, tc := range []struct{ name, body, row string }{
		{"malformed JSON", `{"countryCode":`, "400/100"},
		{"unknown field", `{"countryCode":"PT","vatNumber":"509999999","vat":"x"}`, "400/100"},
		{"vatNumber missing", `{"countryCode":"PT"}`, "400/100"},
		{"countryCode missing", `{"vatNumber":"509999999"}`, "400/100"},
		{"country not served", `{"countryCode":"US","vatNumber":"123456789"}`, "400/101"},
		{"UK", `{"countryCode":"UK","vatNumber":"123456789"}`, "400/101"},
		{"PT 8 digits", `{"countryCode":"PT","vatNumber":"50999999"}`, "400/120"},
		{"ES letters only", `{"countryCode":"ES","vatNumber":"ABCDEFGHI","companyName":"X"}`, "400/120"},
		{"FI 9 digits", `{"countryCode":"FI","vatNumber":"123456789"}`, "400/120"},
		{"DE too long", `{"countryCode":"DE","vatNumber":"123456789012345"}`, "400/120"},
		{"GB empty", `{"countryCode":"GB","vatNumber":""}`, "400/120"},
		{"ES without companyName", `{"countryCode":"ES","vatNumber":"B12345678"}`, "400/121"},
		{"ES blank companyName", `{"countryCode":"ES","vatNumber":"B12345678","companyName":"  "}`, "400/121"},
	} {
		t.Run(tc.name, func(t *testing.T) { wantRow(t, e.call(http.MethodPost, vatPath, tc.body), tc.row) })
	}
}
