package mock

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"slices"
	"strings"
)

// Results of validateAddress.
const (
	addressValid       = "Valid"
	addressSuggestions = "Suggestions"
	addressInvalid     = "Invalid"

	maxSuggestions = 5
	// maxStreetDistance is how far (edit distance, after folding case and
	// accents) a street name may be from a book entry's to be suggested.
	maxStreetDistance = 2
)

// standardAddress is a standardised address: the answer of a Valid
// validation (with addressId), a suggestion (without) and GET address.
type standardAddress struct {
	AddressID        string   `json:"addressId,omitempty"`
	Country          string   `json:"country"`
	HouseNumber      string   `json:"houseNumber"`
	StreetName       string   `json:"streetName"`
	StreetType       string   `json:"streetType,omitempty"`
	City             string   `json:"city"`
	PostalCode       string   `json:"postalCode"`
	PoBoxNumber      string   `json:"poBoxNumber,omitempty"`
	AddressExtension string   `json:"addressExtension,omitempty"`
	SubLocality      string   `json:"subLocality,omitempty"`
	Province         string   `json:"province,omitempty"`
	District         string   `json:"district,omitempty"`
	Formatted        string   `json:"formatted"`
	Latitude         *float64 `json:"latitude,omitempty"`
	Longitude        *float64 `json:"longitude,omitempty"`
}

type fieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

type addressValidation struct {
	Result      string            `json:"result"`
	Address     *standardAddress  `json:"address,omitempty"`
	Suggestions []standardAddress `json:"suggestions,omitempty"`
	FieldErrors []fieldError      `json:"fieldErrors,omitempty"`
}

// serveValidateAddress answers POST /addressManagement/v1/validateAddress.
func (s *Server) serveValidateAddress(w http.ResponseWriter, r *http.Request) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxOrderBody))
	if err != nil {
		writeError(w, errBadBody.withDetails("the request body could not be read (at most 1 MiB)"))
		return
	}
	in, e := decodeAddressInput(body)
	if e == nil {
		e = in.check()
	}
	if e != nil {
		writeError(w, *e)
		return
	}
	answer := validateAddress(in)
	if answer.Address != nil {
		s.mu.Lock()
		s.voice.storeAddress(client, *answer.Address)
		s.mu.Unlock()
	}
	writeJSON(w, http.StatusOK, answer)
}

// serveAddress answers GET /addressManagement/v1/address/{addressID}: an
// address this client validated; another client's is not found.
func (s *Server) serveAddress(w http.ResponseWriter, r *http.Request, id string) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	a, found := s.voice.address(client, id)
	s.mu.Unlock()
	if !found {
		writeError(w, errAddressNotFound.withDetails("no address "+truncate(id, 40)))
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// validateAddress matches a checked input against the address book:
// street, city and postal code of an entry -> Valid; a street within
// maxStreetDistance of entries' -> Suggestions (best first); else Invalid.
func validateAddress(in addressInput) addressValidation {
	code := in["country"]
	street, city, postal := normalize(in["streetName"]), normalize(in["city"]), normalize(in["postalCode"])
	type candidate struct {
		e     bookEntry
		wrong []string
	}
	var candidates []candidate
	for _, e := range addressBook[code] {
		if editDistance(street, normalize(e.street)) > maxStreetDistance {
			continue
		}
		var wrong []string
		if street != normalize(e.street) {
			wrong = append(wrong, "streetName")
		}
		if city != normalize(e.city) {
			wrong = append(wrong, "city")
		}
		if postal != normalize(e.postal) {
			wrong = append(wrong, "postalCode")
		}
		if len(wrong) == 0 {
			a := standardize(in, e)
			a.AddressID = addressID(code, e.street, in["houseNumber"], e.postal)
			return addressValidation{Result: addressValid, Address: &a}
		}
		candidates = append(candidates, candidate{e, wrong})
	}
	if len(candidates) == 0 {
		return addressValidation{Result: addressInvalid, FieldErrors: []fieldError{{
			Field: "streetName", Message: fmt.Sprintf("no such street in %s", countries[code].name),
		}}}
	}
	slices.SortStableFunc(candidates, func(a, b candidate) int { return cmp.Compare(len(a.wrong), len(b.wrong)) })
	out := addressValidation{Result: addressSuggestions}
	for _, c := range candidates[:min(len(candidates), maxSuggestions)] {
		out.Suggestions = append(out.Suggestions, standardize(in, c.e))
	}
	best := candidates[0].e
	for _, f := range candidates[0].wrong {
		want := map[string]string{"streetName": best.street, "city": best.city, "postalCode": best.postal}[f]
		out.FieldErrors = append(out.FieldErrors, fieldError{Field: f, Message: fmt.Sprintf("did you mean %q?", want)})
	}
	return out
}

// standardize is the book entry's address with the input's house number
// and the optional country fields the book does not hold.
func standardize(in addressInput, e bookEntry) standardAddress {
	code := in["country"]
	pick := func(field string) string {
		if v, ok := e.extra[field]; ok {
			return v
		}
		return in[field]
	}
	a := standardAddress{
		Country: code, HouseNumber: in["houseNumber"], StreetName: e.street, City: e.city, PostalCode: e.postal,
		StreetType: pick("streetType"), PoBoxNumber: in["poBoxNumber"], AddressExtension: in["addressExtension"],
		SubLocality: in["subLocality"], Province: pick("province"), District: pick("district"),
	}
	street := strings.TrimSpace(a.StreetType + " " + a.StreetName)
	a.Formatted = fmt.Sprintf("%s %s, %s %s, %s", street, a.HouseNumber, a.PostalCode, a.City, code)
	if code == "DE" {
		lat, lon := e.lat, e.lon
		a.Latitude, a.Longitude = &lat, &lon
	}
	return a
}

// addressID is stable per country, street, house number and postal code
// (case and accents folded): ADDR-<country>-<8 hex digits>.
func addressID(code, street, house, postal string) string {
	h := fnv.New32a()
	for _, part := range []string{code, normalize(street), strings.ReplaceAll(normalize(house), " ", ""), normalize(postal)} {
		_, _ = h.Write([]byte(part))
		_, _ = h.Write([]byte{0})
	}
	return fmt.Sprintf("ADDR-%s-%08X", code, h.Sum32())
}
