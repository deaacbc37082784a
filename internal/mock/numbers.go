package mock

import (
	"net/http"
	"strconv"
)

const (
	defaultQuantity = 10
	maxQuantity     = 100
)

type freeNumber struct {
	Number      string `json:"number"`
	CountryCode string `json:"countryCode"`
	AreaCode    string `json:"areaCode"`
}

type freeNumbersResponse struct {
	FreeNumbers []freeNumber `json:"freeNumbers"`
	TotalCount  int          `json:"totalCount"`
	Offset      int          `json:"offset"`
	Limit       int          `json:"limit"`
}

// serveFreeNumbers answers GET /numberManagement/v1/freeNumber with the free
// numbers of one area's pool, lowest first: the pool series minus every
// number held by anyone. totalCount is how many are free in that pool; the
// page holds limit numbers if limit is given, else quantity (default 10).
func (s *Server) serveFreeNumbers(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorize(w, r); !ok {
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
	if raw, present := q["areaCode"]; present {
		if !c.validArea(raw[0]) {
			writeError(w, areaCodeError(code, c))
			return
		}
		area = raw[0]
	}
	pg, e := parsePage(q)
	if e != nil {
		writeError(w, *e)
		return
	}
	if !pg.limitGiven {
		pg.limit = quantity
	}
	s.writeList(w, s.freePage(poolFor(code, area), pg))
}

func (s *Server) freePage(p pool, pg page) freeNumbersResponse {
	resp := freeNumbersResponse{FreeNumbers: []freeNumber{}, Offset: pg.offset, Limit: pg.limit}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.advance(s.now())
	for seq := range poolSize {
		n := p.number(seq)
		if _, held := s.state.held[n]; held {
			continue
		}
		if resp.TotalCount >= pg.offset && len(resp.FreeNumbers) < pg.limit {
			resp.FreeNumbers = append(resp.FreeNumbers, freeNumber{Number: n, CountryCode: p.country, AreaCode: p.area})
		}
		resp.TotalCount++
	}
	return resp
}
