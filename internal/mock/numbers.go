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
	NumberType  string `json:"numberType"`
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
// numberType nomadic searches the country's nomadic series, which has no
// area code.
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
	kind := q.Get("numberType")
	if e := checkKind("numberType", kind); e != nil {
		writeError(w, errBadQuery("numberType", kind))
		return
	}
	p := poolFor(code, c.defaultArea)
	raw, areaGiven := q["areaCode"]
	switch {
	case kind == kindNomadic && areaGiven:
		writeError(w, errBadAreaCode.withMessage("nomadic numbers have no area code").withDetails("leave areaCode out"))
		return
	case kind == kindNomadic:
		p = nomadicPool(code)
	case areaGiven && !c.validArea(raw[0]):
		writeError(w, areaCodeError(code, c))
		return
	case areaGiven:
		p = poolFor(code, raw[0])
	}
	pg, e := parsePage(q)
	if e != nil {
		writeError(w, *e)
		return
	}
	if !pg.limitGiven {
		pg.limit = quantity
	}
	s.writeList(w, s.freePage(p, pg))
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
		kind := kindOf(p.country, n)
		if kind != p.kind() {
			continue // a geographic area code that spells the nomadic prefix
		}
		if resp.TotalCount >= pg.offset && len(resp.FreeNumbers) < pg.limit {
			resp.FreeNumbers = append(resp.FreeNumbers, freeNumber{Number: n, CountryCode: p.country, AreaCode: p.area, NumberType: kind})
		}
		resp.TotalCount++
	}
	return resp
}
