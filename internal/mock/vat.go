package mock

import (
	"net/http"
	"regexp"
	"strings"
	"time"
)

// vatFormats are the accepted VAT / business id formats, after
// normalisation (assumed): PT 9 digits; ES a letter, 7 digits and a letter
// or digit, or 8 digits and a letter; FI 8 digits; the rest 2 to 14
// letters or digits.
var (
	vatFormats = map[string]*regexp.Regexp{
		"PT": regexp.MustCompile(`^[0-9]{9}$`),
		"ES": regexp.MustCompile(`^([A-Z][0-9]{7}[A-Z0-9]|[0-9]{8}[A-Z])$`),
		"FI": regexp.MustCompile(`^[0-9]{8}$`),
	}
	vatDefaultFormat = regexp.MustCompile(`^[A-Z0-9]{2,14}$`)
)

// vatEntry is a registered company of the mock's VIES stand-in.
type vatEntry struct {
	number, name string
}

// vatRegistry holds the one valid number per served country (normalised);
// every other well-formed number is valid:false. The registered address is
// KnownAddress's, formatted.
var vatRegistry = map[string]vatEntry{
	"AT": {"U12345678", "Beispielkunde GmbH"},
	"BE": {"0123456789", "Voorbeeldklant NV"},
	"CH": {"123456789", "Beispielkunde AG"},
	"CZ": {"12345678", "Ukázkový zákazník s.r.o."},
	"DE": {"123456789", "Beispielkunde GmbH"},
	"DK": {"12345678", "Eksempelkunde ApS"},
	"ES": {"B12345678", "Cliente Ejemplo SL"},
	"FI": {"12345678", "Asiakas Oy"},
	"FR": {"12345678901", "Client Démo SARL"},
	"GB": {"123456789", "Example Customer Ltd"},
	"HU": {"12345678", "Példa Ügyfél Kft."},
	"IE": {"1234567T", "Example Customer Ltd"},
	"IT": {"12345678901", "Cliente Esempio Srl"},
	"LU": {"12345678", "Client Démo Sàrl"},
	"NL": {"123456789B01", "Voorbeeldklant BV"},
	"NO": {"123456789", "Eksempelkunde AS"},
	"PL": {"1234567890", "Przykładowy Klient sp. z o.o."},
	"PT": {"509999999", "Cliente Exemplo Lda"},
	"RO": {"12345678", "Client Exemplu SRL"},
	"SE": {"123456789001", "Exempelkund AB"},
	"SK": {"1234567890", "Vzorový zákazník s.r.o."},
}

// ValidVAT returns the VAT / registration number that POST
// /common-services/v1/check-vat-number reports valid for country, and the
// registered name it reports (the exact name Spain requires as
// companyName). ok is false for a country the mock does not serve.
func ValidVAT(country string) (vatNumber, registeredName string, ok bool) {
	e, ok := vatRegistry[country]
	return e.number, e.name, ok
}

type vatRequest struct {
	CountryCode *string `json:"countryCode"`
	VATNumber   *string `json:"vatNumber"`
	CompanyName *string `json:"companyName"`
}

type vatResponse struct {
	CountryCode       string `json:"countryCode"`
	VATNumber         string `json:"vatNumber"`
	Valid             bool   `json:"valid"`
	RegisteredName    string `json:"registeredName,omitempty"`
	RegisteredAddress string `json:"registeredAddress,omitempty"`
	NameMatches       *bool  `json:"nameMatches,omitempty"`
	CheckedAt         string `json:"checkedAt"`
}

// normalizeVAT upper-cases the number, drops spaces, dots and hyphens and
// a leading country code.
func normalizeVAT(country, raw string) string {
	n := strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '.', '-':
			return -1
		}
		return r
	}, strings.ToUpper(raw))
	if rest, ok := strings.CutPrefix(n, country); ok && rest != "" {
		return rest
	}
	return n
}

// serveCheckVAT answers POST /common-services/v1/check-vat-number.
func (s *Server) serveCheckVAT(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorize(w, r); !ok {
		return
	}
	var req vatRequest
	if e := readJSONBody(w, r, &req); e != nil {
		writeError(w, *e)
		return
	}
	answer, e := s.checkVAT(req)
	if e != nil {
		writeError(w, *e)
		return
	}
	writeJSON(w, http.StatusOK, s.vatOnWire(answer))
}

// checkVAT answers 400/100 for a missing field, 400/101 for a country not
// served, 400/120 for a malformed number and 400/121 for Spain without
// companyName, in that order.
func (s *Server) checkVAT(req vatRequest) (vatResponse, *apiError) {
	switch {
	case req.CountryCode == nil:
		return vatResponse{}, fail(errBadBody, "missing required field countryCode")
	case req.VATNumber == nil:
		return vatResponse{}, fail(errBadBody, "missing required field vatNumber")
	}
	code := *req.CountryCode
	if _, ok := countries[code]; !ok {
		e := countryError(code)
		return vatResponse{}, &e
	}
	number := normalizeVAT(code, *req.VATNumber)
	format, ok := vatFormats[code]
	if !ok {
		format = vatDefaultFormat
	}
	if !format.MatchString(number) {
		return vatResponse{}, fail(errVATFormat, "%q is not a %s VAT / registration number", truncate(*req.VATNumber, 20), countries[code].name)
	}
	company := ""
	if req.CompanyName != nil {
		company = strings.TrimSpace(*req.CompanyName)
	}
	if code == "ES" && company == "" {
		e := errVATCompanyName
		return vatResponse{}, &e
	}
	out := vatResponse{CountryCode: code, VATNumber: number, CheckedAt: s.currentTime().UTC().Format(time.RFC3339)}
	if e := vatRegistry[code]; e.number == number {
		out.Valid, out.RegisteredName = true, e.name
		out.RegisteredAddress = validateAddress(KnownAddress(code)).Address.Formatted
		if company != "" {
			out.NameMatches = ptr(strings.EqualFold(company, e.name))
		}
	}
	return out, nil
}
