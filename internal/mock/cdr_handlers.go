package mock

import (
	"fmt"
	"net/http"
	"net/url"
)

const (
	defaultCDRLimit = 100
	maxCDRLimit     = 500
	cdrCurrency     = "EUR"
)

type unratedCDRsResponse struct {
	Records    []cdr `json:"records"`
	Offset     int   `json:"offset"`
	Limit      int   `json:"limit"`
	TotalCount int   `json:"totalCount"`
}

// ratedCDR is a call detail record with its rating.
type ratedCDR struct {
	cdr
	Rate     string `json:"rate"`
	Charge   string `json:"charge"`
	Currency string `json:"currency"`
}

type ratedCDRsResponse struct {
	Records    []ratedCDR `json:"records"`
	Offset     int        `json:"offset"`
	Limit      int        `json:"limit"`
	TotalCount int        `json:"totalCount"`
}

// ratesPerMinute are the outbound rates by call type, in 1/10000 EUR per
// minute (assumed). Inbound calls are not charged.
var ratesPerMinute = map[string]int{"national": 100, "mobile": 450, "international": 1200, "emergency": 0}

// rate prices a record: rate per minute and charge (rate x chargeable
// seconds / 60, rounded half up), as decimal strings with 4 places.
func rate(c cdr) ratedCDR {
	perMinute := 0
	if c.Direction == "outbound" {
		perMinute = ratesPerMinute[c.CallType]
	}
	charge := (perMinute*c.ChargeableSeconds + 30) / 60
	return ratedCDR{cdr: c, Rate: decimal4(perMinute), Charge: decimal4(charge), Currency: cdrCurrency}
}

func decimal4(tenThousandths int) string {
	return fmt.Sprintf("%d.%04d", tenThousandths/10000, tenThousandths%10000)
}

// parseNumberFilter reads the optional number filter: E.164 or 400/104.
func parseNumberFilter(q url.Values) (string, *apiError) {
	n := q.Get("number")
	if n != "" && !e164.MatchString(n) {
		return "", fail(errBadNumber, "number must be an E.164 number (send + as %%2B), got %q", truncate(n, 20))
	}
	return n, nil
}

// serveUnratedCDRs answers GET /usageManagement/unratedCallDetailRecord:
// one day's unrated records of this client's numbers, one page at a time.
func (s *Server) serveUnratedCDRs(w http.ResponseWriter, r *http.Request) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	now := s.currentTime()
	day, e := parseCDRDay("date", q.Get("date"), now)
	var number string
	if e == nil {
		number, e = parseNumberFilter(q)
	}
	var pg page
	if e == nil {
		pg, e = parsePageWithin(q, defaultCDRLimit, maxCDRLimit)
	}
	if e != nil {
		writeError(w, *e)
		return
	}
	records := s.generateCDRs(client, cdrQuery{first: day, last: day, now: now, number: number})
	lo, hi := pg.bounds(len(records))
	s.writeList(w, unratedCDRsResponse{Records: records[lo:hi], Offset: pg.offset, Limit: pg.limit, TotalCount: len(records)})
}

// serveRatedCDRs answers GET /usageManagement/ratedCallDetailRecord:
// one complete month's records of this client's numbers, rated.
func (s *Server) serveRatedCDRs(w http.ResponseWriter, r *http.Request) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	now := s.currentTime()
	month, e := parseRatedMonth(q.Get("month"), now)
	var number string
	if e == nil {
		number, e = parseNumberFilter(q)
	}
	var pg page
	if e == nil {
		pg, e = parsePageWithin(q, defaultCDRLimit, maxCDRLimit)
	}
	if e != nil {
		writeError(w, *e)
		return
	}
	last := month.AddDate(0, 1, -1)
	records := s.generateCDRs(client, cdrQuery{first: month, last: last, now: now, number: number})
	lo, hi := pg.bounds(len(records))
	resp := ratedCDRsResponse{Records: make([]ratedCDR, 0, hi-lo), Offset: pg.offset, Limit: pg.limit, TotalCount: len(records)}
	for _, c := range records[lo:hi] {
		resp.Records = append(resp.Records, rate(c))
	}
	s.writeList(w, resp)
}

// generateCDRs brings the orders up to now and generates the records.
func (s *Server) generateCDRs(client string, q cdrQuery) []cdr {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.advance(q.now)
	return s.state.cdrs(client, q)
}
