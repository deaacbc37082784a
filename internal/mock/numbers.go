package mock

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

type country struct {
	callingCode string
	defaultArea string
	// nsnLength is the national significant number length (area code plus
	// subscriber number) used to pad generated numbers to a plausible size.
	nsnLength int
}

// countries are the Wholesale SIP countries the mock serves. Default area
// codes are the capital's (Denmark and Luxembourg have no area codes, so a
// leading digit stands in).
var countries = map[string]country{
	"AT": {callingCode: "43", defaultArea: "1", nsnLength: 10},
	"BE": {callingCode: "32", defaultArea: "2", nsnLength: 8},
	"DK": {callingCode: "45", defaultArea: "3", nsnLength: 8},
	"FR": {callingCode: "33", defaultArea: "1", nsnLength: 9},
	"DE": {callingCode: "49", defaultArea: "30", nsnLength: 10},
	"IE": {callingCode: "353", defaultArea: "1", nsnLength: 8},
	"IT": {callingCode: "39", defaultArea: "06", nsnLength: 10},
	"NL": {callingCode: "31", defaultArea: "20", nsnLength: 9},
	"PT": {callingCode: "351", defaultArea: "21", nsnLength: 9},
	"ES": {callingCode: "34", defaultArea: "91", nsnLength: 9},
	"SE": {callingCode: "46", defaultArea: "8", nsnLength: 9},
	"CH": {callingCode: "41", defaultArea: "44", nsnLength: 9},
	"GB": {callingCode: "44", defaultArea: "20", nsnLength: 10},
	"LU": {callingCode: "352", defaultArea: "2", nsnLength: 8},
	"FI": {callingCode: "358", defaultArea: "9", nsnLength: 9},
}

const (
	defaultQuantity = 10
	maxQuantity     = 100
	// sequenceDigits is the zero-padded tail that numbers a result; the
	// digits between area code and tail come from subscriberPrefix.
	sequenceDigits   = 4
	subscriberPrefix = "712345678"
	maxAreaDigits    = 5
)

type freeNumber struct {
	Number      string `json:"number"`
	CountryCode string `json:"countryCode"`
	AreaCode    string `json:"areaCode"`
}

type freeNumbersResponse struct {
	FreeNumbers []freeNumber `json:"freeNumbers"`
	TotalCount  int          `json:"totalCount"`
}

// serveFreeNumbers answers GET /numberManagement/v1/freeNumber with a
// deterministic list: the same query always yields the same numbers.
func (s *Server) serveFreeNumbers(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSpace(r.Header.Get(trackingIDField)) == "" {
		writeError(w, errTrackingIDMissing)
		return
	}
	if e, ok := s.checkBearer(r); !ok {
		writeError(w, e)
		return
	}

	q := r.URL.Query()
	code := q.Get("countryCode")
	c, supported := countries[code]
	if !supported {
		writeError(w, countryError(code))
		return
	}
	quantity := defaultQuantity
	if raw, present := q["quantity"]; present {
		n, err := strconv.Atoi(raw[0])
		if err != nil || n < 1 || n > maxQuantity {
			writeError(w, errBadQuantity)
			return
		}
		quantity = n
	}
	area := c.defaultArea
	maxArea := min(c.nsnLength-sequenceDigits, maxAreaDigits)
	if raw, present := q["areaCode"]; present {
		if !isDigits(raw[0]) || len(raw[0]) > maxArea {
			writeError(w, errBadAreaCode.withMessage(fmt.Sprintf("areaCode must be 1 to %d digits for country %s", maxArea, code)))
			return
		}
		area = raw[0]
	}

	prefix := subscriberPrefix[:c.nsnLength-len(area)-sequenceDigits]
	resp := freeNumbersResponse{FreeNumbers: make([]freeNumber, quantity), TotalCount: quantity}
	for i := range quantity {
		resp.FreeNumbers[i] = freeNumber{
			Number:      fmt.Sprintf("+%s%s%s%0*d", c.callingCode, area, prefix, sequenceDigits, i),
			CountryCode: code,
			AreaCode:    area,
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) checkBearer(r *http.Request) (apiError, bool) {
	authorization := strings.TrimSpace(r.Header.Get("Authorization"))
	if authorization == "" {
		return errMissingBearer, false
	}
	scheme, token, _ := strings.Cut(authorization, " ")
	token = strings.TrimSpace(token)
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		return errMissingBearer, false
	}
	if err := s.verifyToken(token); err != nil {
		return errInvalidBearer, false
	}
	return apiError{}, true
}

func countryError(code string) apiError {
	if code == "" {
		return errBadCountry.withMessage("country code is missing").
			withDetails("query parameter countryCode (ISO 3166-1 alpha-2) is required")
	}
	if len(code) != 2 || !isUpperAlpha(code) {
		return errBadCountry.withMessage("country code is not an ISO 3166-1 alpha-2 code")
	}
	return errBadCountry.withMessage(fmt.Sprintf("country code %s is not supported", code))
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isUpperAlpha(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
