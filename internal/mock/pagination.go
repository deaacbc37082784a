package mock

import (
	"fmt"
	"net/url"
	"strconv"
)

const (
	defaultPageLimit = 50
	maxPageLimit     = 200
)

// page is the offset/limit of a list request.
type page struct {
	offset, limit int
	limitGiven    bool
}

// parsePage reads offset (>= 0, default 0) and limit (1..200, default 50);
// bad values answer 400/105.
func parsePage(q url.Values) (page, *apiError) {
	return parsePageWithin(q, defaultPageLimit, maxPageLimit)
}

// parsePageWithin is parsePage with another default and maximum limit.
func parsePageWithin(q url.Values, defaultLimit, maxLimit int) (page, *apiError) {
	p := page{limit: defaultLimit}
	if raw, ok := q["offset"]; ok {
		n, err := strconv.Atoi(raw[0])
		if err != nil || n < 0 {
			e := errBadPagination.withDetails(fmt.Sprintf("offset must be an integer >= 0, got %q", truncate(raw[0], 32)))
			return p, &e
		}
		p.offset = n
	}
	if raw, ok := q["limit"]; ok {
		n, err := strconv.Atoi(raw[0])
		if err != nil || n < 1 || n > maxLimit {
			e := errBadPagination.withDetails(fmt.Sprintf("limit must be an integer between 1 and %d, got %q", maxLimit, truncate(raw[0], 32)))
			return p, &e
		}
		p.limit, p.limitGiven = n, true
	}
	return p, nil
}

// bounds returns the slice [lo:hi] of a list of total items this page covers.
func (p page) bounds(total int) (lo, hi int) {
	lo = min(p.offset, total)
	hi = min(lo+p.limit, total)
	return lo, hi
}
