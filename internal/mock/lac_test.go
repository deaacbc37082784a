package mock

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"testing"
)

func TestLACByLocation(t *testing.T) {
	e := newEnv(t)
	lac := func(q string) lacResponse {
		t.Helper()
		var out lacResponse
		e.getJSON(lacPath+"?"+q, &out)
		if len(out.ValidLAC) == 0 || out.LocalAreaCode != out.ValidLAC[0] {
			t.Errorf("?%s: %+v", q, out)
		}
		return out
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		// Germany: the nearest book entry by coordinates; the address is ignored.
		{query("country", "DE", "latitude", "52.52", "longitude", "13.40"), []string{"30"}},
		{query("country", "DE", "latitude", "48.2", "longitude", "11.6", "postalCode", "10117"), []string{"89"}},
		{query("country", "DE", "latitude", "51.0", "longitude", "7.0"), []string{"211"}},
		{query("country", "DE", "latitude", "54.0", "longitude", "10.0"), []string{"40"}},
		// Elsewhere: postal code or city.
		{query("country", "GB", "postalCode", "sw1a 2aa"), []string{"20"}},
		{query("country", "GB", "city", "MANCHESTER"), []string{"161"}},
		{query("country", "GB", "postalCode", "EH2 2ER", "city", "London"), []string{"20", "131"}},
		{query("country", "FR", "city", "Paris"), []string{"1"}},
		{query("country", "SE", "city", "Goteborg"), []string{"31"}},
		{query("country", "IT", "postalCode", "80134"), []string{"081"}},
	} {
		if got := lac(tc.q); !slices.Equal(got.ValidLAC, tc.want) || got.Country != mustParseQuery(tc.q).Get("country") {
			t.Errorf("?%s: %+v, want %v", tc.q, got, tc.want)
		}
	}

	// KnownLAC agrees, and is an area of the pool: numbers can be found
	// and reserved there.
	for code := range countries {
		q := query("country", code, "postalCode", KnownAddress(code)["postalCode"])
		if lat, lon, ok := KnownCoordinates(code); ok {
			q = query("country", code, "latitude", fmt.Sprint(lat), "longitude", fmt.Sprint(lon))
		} else if code == "DE" {
			t.Fatal("no coordinates for DE")
		}
		got := lac(q)
		if got.LocalAreaCode != KnownLAC(code) || !countries[code].validArea(got.LocalAreaCode) {
			t.Errorf("%s: %+v, KnownLAC %q", code, got, KnownLAC(code))
		}
		free := e.free(query("countryCode", code, "areaCode", got.LocalAreaCode, "quantity", "1"))
		if len(free.FreeNumbers) != 1 || free.FreeNumbers[0].AreaCode != got.LocalAreaCode {
			t.Errorf("%s: free numbers in %s: %+v", code, got.LocalAreaCode, free)
		}
	}
	if _, _, ok := KnownCoordinates("GB"); ok || KnownLAC("US") != "" {
		t.Error("KnownCoordinates(GB) or KnownLAC(US)")
	}
	body := fmt.Sprintf(`{"customerReference":"lac","countryCode":"DE","areaCode":%q,"quantity":2}`, KnownLAC("DE"))
	if o := e.done(typeReservation, body); o.Status != orderCompleted {
		t.Errorf("reservation in the LAC: %+v", o)
	}

	for _, tc := range []struct{ q, row string }{
		{query("country", "DE"), "400/113"},
		{query("country", "DE", "latitude", "52.5"), "400/113"},
		{query("country", "DE", "latitude", "north", "longitude", "13.4"), "400/113"},
		{query("country", "DE", "latitude", "95", "longitude", "13.4"), "400/113"},
		{query("country", "DE", "postalCode", "10117", "city", "Berlin"), "400/113"},
		{query("country", "GB"), "400/113"},
		{query("country", "GB", "latitude", "51.5", "longitude", "-0.12"), "400/113"},
		{query("country", "DE", "latitude", "48.85", "longitude", "2.35"), "404/114"},
		{query("country", "GB", "postalCode", "ZZ1 1ZZ"), "404/114"},
		{query("country", "FR", "city", "Berlin"), "404/114"},
		{query("latitude", "52.5", "longitude", "13.4"), "400/101"},
		{query("country", "US", "city", "Boston"), "400/101"},
	} {
		wantRow(t, e.call(http.MethodGet, lacPath+"?"+tc.q, ""), tc.row)
	}
}

func mustParseQuery(q string) url.Values {
	v, err := url.ParseQuery(q)
	if err != nil {
		panic(err)
	}
	return v
}
