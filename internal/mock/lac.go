package mock

import (
	"cmp"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"
)

// germanyBounds is the box Germany's coordinates must fall in; outside it
// there is no German local area code (404/114).
var germanyBounds = struct{ minLat, maxLat, minLon, maxLon float64 }{47.2, 55.1, 5.8, 15.1}

type lacResponse struct {
	ValidLAC      []string `json:"validLAC"`
	LocalAreaCode string   `json:"localAreaCode"`
	Country       string   `json:"country"`
}

// serveLAC answers GET /addressManagement/v1/LACByLocation.
func (s *Server) serveLAC(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorize(w, r); !ok {
		return
	}
	q := r.URL.Query()
	code := q.Get("country")
	if _, ok := countries[code]; !ok {
		e := countryError(code)
		if code == "" {
			e = errBadCountry.withMessage("country is missing").withDetails("country (ISO 3166-1 alpha-2) is required")
		}
		writeError(w, e)
		return
	}
	var areas []string
	var e *apiError
	if code == "DE" {
		areas, e = germanLAC(q.Get("latitude"), q.Get("longitude"))
	} else {
		areas, e = lacByPlace(code, q.Get("postalCode"), q.Get("city"))
	}
	if e != nil {
		writeError(w, *e)
		return
	}
	writeJSON(w, http.StatusOK, lacResponse{ValidLAC: areas, LocalAreaCode: areas[0], Country: code})
}

// germanLAC is the area code of the German book entry nearest to the
// coordinates, which are required (400/113) and must lie in Germany
// (404/114).
func germanLAC(rawLat, rawLon string) ([]string, *apiError) {
	lat, errLat := strconv.ParseFloat(rawLat, 64)
	lon, errLon := strconv.ParseFloat(rawLon, 64)
	if errLat != nil || errLon != nil || math.IsNaN(lat) || math.IsNaN(lon) || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
		e := errLACLocation.withMessage("Germany requires coordinates").
			withDetails(fmt.Sprintf("latitude (-90..90) and longitude (-180..180) are required, got %q and %q", truncate(rawLat, 20), truncate(rawLon, 20)))
		return nil, &e
	}
	b := germanyBounds
	if lat < b.minLat || lat > b.maxLat || lon < b.minLon || lon > b.maxLon {
		return nil, fail(errNoLAC, "%.4f, %.4f is not in Germany", lat, lon)
	}
	best, bestDist := "", math.Inf(1)
	for _, e := range addressBook["DE"] {
		// Equirectangular distance: plenty for picking the nearest city.
		dx := (lon - e.lon) * math.Cos((lat+e.lat)/2*math.Pi/180)
		dy := lat - e.lat
		if d := dx*dx + dy*dy; d < bestDist {
			best, bestDist = e.area, d
		}
	}
	return []string{best}, nil
}

// lacByPlace is the area codes of the book entries whose postal code or
// city matches (case and accents folded), in book order; one of postalCode
// and city is required (400/113), and no match answers 404/114.
func lacByPlace(code, postal, city string) ([]string, *apiError) {
	postal, city = normalize(postal), normalize(city)
	if postal == "" && city == "" {
		e := errLACLocation.withMessage(fmt.Sprintf("postalCode or city required for %s", code)).
			withDetails("send postalCode or city (coordinates are used in Germany only)")
		return nil, &e
	}
	var areas []string
	for _, e := range addressBook[code] {
		if (postal != "" && normalize(e.postal) == postal) || (city != "" && normalize(e.city) == city) {
			if !slices.Contains(areas, e.area) {
				areas = append(areas, e.area)
			}
		}
	}
	if len(areas) == 0 {
		return nil, fail(errNoLAC, "no local area code for %s in %s", cmp.Or(postal, city), code)
	}
	return areas, nil
}
