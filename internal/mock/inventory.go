package mock

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

type numbersResponse struct {
	Numbers    []numberDetail `json:"numbers"`
	Offset     int            `json:"offset"`
	Limit      int            `json:"limit"`
	TotalCount int            `json:"totalCount"`
}

var numberStatuses = []string{statusReserved, statusActivated, statusPortInActivated, statusPorting}

// inventoryFilter is the query of GET /v1/Number; empty fields do not filter.
type inventoryFilter struct {
	status, reference, orderID, country string
	cli                                 string // the number presented as calling line identity
	// lo and hi bound the numbers (inclusive, equal length) when set.
	lo, hi string
}

// parseInventoryFilter reads the query: a bad status answers 400/100, a bad
// countryCode 400/101, a bad range or cli 400/104.
func parseInventoryFilter(q url.Values) (inventoryFilter, *apiError) {
	f := inventoryFilter{
		status: q.Get("status"), reference: q.Get("customerReference"),
		orderID: q.Get("orderId"), country: q.Get("countryCode"), cli: q.Get("cli"),
	}
	if f.cli != "" && !e164.MatchString(f.cli) {
		return f, fail(errBadNumber, "cli must be an E.164 number (send + as %%2B), got %q", truncate(f.cli, 20))
	}
	if f.status != "" && !slices.Contains(numberStatuses, f.status) {
		e := errBadQuery("status", f.status)
		return f, &e
	}
	if _, ok := countries[f.country]; f.country != "" && !ok {
		e := countryError(f.country)
		return f, &e
	}
	start, end := q.Get("numberRangeStart"), q.Get("numberRangeEnd")
	for i, v := range []string{start, end} {
		if v != "" && !e164.MatchString(v) {
			name := [...]string{"numberRangeStart", "numberRangeEnd"}[i]
			return f, fail(errBadNumber, "%s must be an E.164 number (send + as %%2B), got %q", name, truncate(v, 20))
		}
	}
	// Either bound alone selects exactly that number.
	f.lo, f.hi = cmp.Or(start, end), cmp.Or(end, start)
	if len(f.lo) != len(f.hi) {
		return f, fail(errBadNumber, "numberRangeStart and numberRangeEnd must have the same number of digits")
	}
	if f.lo > f.hi {
		return f, fail(errBadNumber, "numberRangeStart %s is after numberRangeEnd %s", f.lo, f.hi)
	}
	return f, nil
}

func (f inventoryFilter) match(e *numberEntry) bool {
	return (f.status == "" || e.status == f.status) &&
		(f.reference == "" || e.reference == f.reference) &&
		(f.orderID == "" || slices.Contains(e.orderIDs, f.orderID)) &&
		(f.country == "" || e.country == f.country) &&
		(f.cli == "" || e.number == f.cli) &&
		(f.lo == "" || (len(e.number) == len(f.lo) && f.lo <= e.number && e.number <= f.hi))
}

// serveInventory answers GET /numberManagement/v1/Number: the client's
// numbers matching the filter, sorted by number.
func (s *Server) serveInventory(w http.ResponseWriter, r *http.Request) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	f, e := parseInventoryFilter(q)
	if e == nil && f == (inventoryFilter{}) && s.CurrentAssumptions().InventoryNeedsFilter {
		refused := errBadQuery("filter", "")
		e = &refused
	}
	if e == nil {
		var pg page
		if pg, e = parsePage(q); e == nil {
			s.writeList(w, s.inventoryPage(client, f, pg))
			return
		}
	}
	writeError(w, *e)
}

func (s *Server) inventoryPage(client string, f inventoryFilter, pg page) numbersResponse {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.advance(s.now())
	var match []*numberEntry
	if cs, ok := s.state.clients[client]; ok {
		for _, e := range cs.numbers {
			if f.match(e) {
				match = append(match, e)
			}
		}
	}
	slices.SortFunc(match, func(a, b *numberEntry) int { return strings.Compare(a.number, b.number) })
	lo, hi := pg.bounds(len(match))
	resp := numbersResponse{Numbers: make([]numberDetail, 0, hi-lo), Offset: pg.offset, Limit: pg.limit, TotalCount: len(match)}
	for _, e := range match[lo:hi] {
		d := e.detail()
		if d.ReservationExpiresAt != nil && s.assume.ReservationExpiryByDay {
			endOfDay := d.ReservationExpiresAt.Truncate(24 * time.Hour).Add(24 * time.Hour)
			d.ReservationExpiresAt = &endOfDay
		}
		resp.Numbers = append(resp.Numbers, d)
	}
	return resp
}
