package mock

import (
	"encoding/json"
	"maps"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var addressIDPattern = regexp.MustCompile(`^ADDR-[A-Z]{2}-[0-9A-F]{8}$`)

// Every served country's KnownAddress is Valid; the standardised address
// can be read back by this client only; only Germany has coordinates.
func TestValidateKnownAddressEveryCountry(t *testing.T) {
	e := newEnv(t)
	for code := range countries {
		in := KnownAddress(code)
		got := validate(e, in)
		if got.Result != addressValid || got.Address == nil || len(got.Suggestions) != 0 || len(got.FieldErrors) != 0 {
			t.Fatalf("%s: %+v", code, got)
		}
		a := got.Address
		if !addressIDPattern.MatchString(a.AddressID) || !strings.HasPrefix(a.AddressID, "ADDR-"+code+"-") {
			t.Errorf("%s: addressId %q", code, a.AddressID)
		}
		if a.StreetName != in["streetName"] || a.City != in["city"] || a.PostalCode != in["postalCode"] || a.HouseNumber != "1" {
			t.Errorf("%s: %+v", code, a)
		}
		if (a.Latitude != nil) != (code == "DE") || (a.Longitude != nil) != (code == "DE") {
			t.Errorf("%s: coordinates %v %v", code, a.Latitude, a.Longitude)
		}
		if !strings.HasSuffix(a.Formatted, ", "+code) || !strings.Contains(a.Formatted, in["postalCode"]+" "+in["city"]) {
			t.Errorf("%s: formatted %q", code, a.Formatted)
		}
		var back standardAddress
		e.getJSON(addressPrefix+a.AddressID, &back)
		if back != *a && !(code == "DE" && back.AddressID == a.AddressID && *back.Latitude == *a.Latitude) {
			t.Errorf("%s: read back %+v, want %+v", code, back, *a)
		}
		wantRow(t, e.as(e.other, http.MethodGet, addressPrefix+a.AddressID, ""), "404/112")
	}
	if KnownAddress("US") != nil || KnownAddress("UK") != nil {
		t.Error("KnownAddress of a country not served")
	}
}

func TestValidateAddressGermanyCoordinatesAndFolding(t *testing.T) {
	e := newEnv(t)
	got := validate(e, map[string]string{"country": "DE", "houseNumber": "12", "streetName": "  KONIGSALLEE ",
		"city": "dusseldorf", "postalCode": "40212"})
	a := got.Address
	if got.Result != addressValid || a.StreetName != "Königsallee" || a.City != "Düsseldorf" || a.HouseNumber != "12" {
		t.Fatalf("%+v", got)
	}
	if *a.Latitude != 51.2248 || *a.Longitude != 6.7794 {
		t.Errorf("coordinates %v %v", *a.Latitude, *a.Longitude)
	}
	if a.Formatted != "Königsallee 12, 40212 Düsseldorf, DE" {
		t.Errorf("formatted %q", a.Formatted)
	}
	// Same street, house number and postal code, however spelt: same id.
	again := validate(e, map[string]string{"country": "DE", "houseNumber": "12", "streetName": "Königsallee",
		"city": "Düsseldorf", "postalCode": "40212"})
	if again.Address.AddressID != a.AddressID {
		t.Errorf("ids %s and %s", again.Address.AddressID, a.AddressID)
	}
	other := validate(e, map[string]string{"country": "DE", "houseNumber": "14", "streetName": "Königsallee",
		"city": "Düsseldorf", "postalCode": "40212"})
	if other.Address.AddressID == a.AddressID {
		t.Error("another house number has the same id")
	}
	// Spain: accents folded, the book's street type and province completed.
	es := validate(e, map[string]string{"country": "ES", "houseNumber": "5", "streetName": "gran via", "city": "MADRID",
		"postalCode": "28013", "streetType": "calle", "province": "madrid"})
	if es.Result != addressValid || es.Address.StreetName != "Gran Vía" || es.Address.StreetType != "Calle" ||
		es.Address.Province != "Madrid" || es.Address.Formatted != "Calle Gran Vía 5, 28013 Madrid, ES" {
		t.Errorf("ES %+v", es.Address)
	}
}

func TestValidateAddressSuggestions(t *testing.T) {
	e := newEnv(t)
	errorsOf := func(v addressValidation) []string {
		var out []string
		for _, f := range v.FieldErrors {
			out = append(out, f.Field)
		}
		return out
	}
	cases := []struct {
		name       string
		in         map[string]string
		wantCity   []string // suggested cities, in order
		wantFields []string
	}{
		{"GB wrong postal code", withFields(KnownAddress("GB"), "postalCode", "SW1A 1AA"), []string{"London"}, []string{"postalCode"}},
		{"GB street typo", withFields(KnownAddress("GB"), "streetName", "Downing Stret"), []string{"London"}, []string{"streetName"}},
		{"FR wrong city", withFields(KnownAddress("FR"), "city", "Lyon", "postalCode", "69002"), []string{"Paris"}, []string{"city", "postalCode"}},
		{"LU street in two cities, best first", map[string]string{"country": "LU", "houseNumber": "3", "streetName": "Grand-Rue",
			"city": "Diekirch", "postalCode": "L-9999"}, []string{"Diekirch", "Luxembourg"}, []string{"postalCode"}},
		{"IT two edits away", withFields(KnownAddress("IT"), "streetName", "del Corsi", "city", "Rome"), []string{"Roma"}, []string{"streetName", "city"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := validate(e, tc.in)
			if got.Result != addressSuggestions || got.Address != nil {
				t.Fatalf("%+v", got)
			}
			var cities []string
			for _, s := range got.Suggestions {
				cities = append(cities, s.City)
				if s.AddressID != "" || s.HouseNumber != tc.in["houseNumber"] {
					t.Errorf("suggestion %+v", s)
				}
			}
			if !slices.Equal(cities, tc.wantCity) || !slices.Equal(errorsOf(got), tc.wantFields) {
				t.Errorf("suggested %v with errors %v, want %v and %v", cities, errorsOf(got), tc.wantCity, tc.wantFields)
			}
		})
	}

	invalid := validate(e, withFields(KnownAddress("NL"), "streetName", "Nowhere Road"))
	if invalid.Result != addressInvalid || invalid.Address != nil || len(invalid.Suggestions) != 0 ||
		len(invalid.FieldErrors) != 1 || invalid.FieldErrors[0].Field != "streetName" {
		t.Errorf("invalid %+v", invalid)
	}
	// Three edits away: not a suggestion.
	if got := validate(e, withFields(KnownAddress("GB"), "streetName", "Dowing Stret X")); got.Result != addressInvalid {
		t.Errorf("far street %+v", got)
	}
	// Neither Suggestions nor Invalid store anything.
	if n := len(e.s.voice.addresses[DefaultClientID]); n != 0 {
		t.Errorf("%d addresses stored", n)
	}
}

// The per-country field lists: required fields missing answer 400/110,
// fields of other countries 400/111, optional fields are echoed.
func TestValidateAddressCountryFields(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		name  string
		in    map[string]string
		row   string
		field string
	}{
		{"FR without streetType", withFields(KnownAddress("FR"), "streetType", ""), "400/110", "streetType"},
		{"IT without province", withFields(KnownAddress("IT"), "province", ""), "400/110", "province"},
		{"PT without district", withFields(KnownAddress("PT"), "district", ""), "400/110", "district"},
		{"ES without province", withFields(KnownAddress("ES"), "province", ""), "400/110", "province"},
		{"ES without streetType", withFields(KnownAddress("ES"), "streetType", ""), "400/110", "streetType"},
		{"GB without houseNumber", withFields(KnownAddress("GB"), "houseNumber", ""), "400/110", "houseNumber"},
		{"DE blank postalCode", withFields(KnownAddress("DE"), "postalCode", "  "), "400/110", "postalCode"},
		{"NO without city", withFields(KnownAddress("NO"), "city", ""), "400/110", "city"},
		{"DE with streetType", withFields(KnownAddress("DE"), "streetType", "Strasse"), "400/111", "streetType"},
		{"GB with district", withFields(KnownAddress("GB"), "district", "Westminster"), "400/111", "district"},
		{"ES with district", withFields(KnownAddress("ES"), "district", "Centro"), "400/111", "district"},
		{"PT with province", withFields(KnownAddress("PT"), "province", "Lisboa"), "400/111", "province"},
		{"IE with poBoxNumber", withFields(KnownAddress("IE"), "poBoxNumber", "12"), "400/111", "poBoxNumber"},
		{"AT with latitude", withFields(KnownAddress("AT"), "latitude", "48.2"), "400/111", "latitude"},
	} {
		body := mustJSON(tc.in)
		got := wantRow(t, e.call(http.MethodPost, validateAddressPath, body), tc.row)
		if got.Details != tc.field || !strings.Contains(got.Message, tc.field) || !strings.Contains(got.Message, tc.in["country"]) {
			t.Errorf("%s: %+v", tc.name, got)
		}
	}
	// Optional fields are accepted and echoed.
	be := validate(e, withFields(KnownAddress("BE"), "addressExtension", "Bus 4", "subLocality", "Centre"))
	if be.Result != addressValid || be.Address.AddressExtension != "Bus 4" || be.Address.SubLocality != "Centre" {
		t.Errorf("BE %+v", be.Address)
	}
	fr := validate(e, withFields(KnownAddress("FR"), "poBoxNumber", "BP 42"))
	if fr.Result != addressValid || fr.Address.PoBoxNumber != "BP 42" || fr.Address.StreetType != "Rue" ||
		fr.Address.Formatted != "Rue Rivoli 1, 75001 Paris, FR" {
		t.Errorf("FR %+v", fr.Address)
	}
	it := validate(e, withFields(KnownAddress("IT"), "streetType", "", "subLocality", "Campo Marzio"))
	if it.Result != addressValid || it.Address.StreetType != "Via" || it.Address.SubLocality != "Campo Marzio" || it.Address.Province != "RM" {
		t.Errorf("IT %+v", it.Address)
	}
	// Every served country takes exactly its documented (or base) fields.
	for code := range countries {
		used, _ := addressFields(code)
		known := slices.Sorted(maps.Keys(KnownAddress(code)))
		for _, f := range known {
			if !slices.Contains(used, f) {
				t.Errorf("%s: KnownAddress has %s, not a field of the country", code, f)
			}
		}
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
