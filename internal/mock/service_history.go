package mock

import "time"

// serviceSpan is a period during which a client had a number Activated or
// Port-in Activated, with the data its call records carry. to is zero
// while the span is open. An updateCustomer order ends the span and opens
// the next one, so the end customer of each call is the one at that time.
type serviceSpan struct {
	number, country    string
	from, to           time.Time
	reference, orderID string // of the reservation or port-in that brought the number in
	endCustomer        string
}

func (sp *serviceSpan) covers(t time.Time) bool {
	return !t.Before(sp.from) && (sp.to.IsZero() || t.Before(sp.to))
}

// serviceHistory is one client's spans, oldest first, and the open ones by
// number.
type serviceHistory struct {
	spans []*serviceSpan
	open  map[string]*serviceSpan
}

// history returns client's service history, creating it.
func (st *numberState) history(client string) *serviceHistory {
	if st.services == nil {
		st.services = map[string]*serviceHistory{}
	}
	h := st.services[client]
	if h == nil {
		h = &serviceHistory{open: map[string]*serviceSpan{}}
		st.services[client] = h
	}
	return h
}

func (h *serviceHistory) start(sp *serviceSpan) {
	h.spans = append(h.spans, sp)
	h.open[sp.number] = sp
}

func (h *serviceHistory) end(number string, at time.Time) *serviceSpan {
	sp := h.open[number]
	if sp != nil {
		sp.to = at
		delete(h.open, number)
	}
	return sp
}

// recordService notes, when o has completed at at, what it changed about
// the service of its numbers: activations and port-ins start a span,
// customer updates start a new one, returns end it.
func (st *numberState) recordService(o *order, at time.Time) {
	h, cs := st.history(o.client), st.client(o.client)
	switch o.view.OrderType {
	case typeActivation, typePortIn:
		for _, n := range o.view.Numbers {
			e := cs.numbers[n]
			if e == nil || len(e.orderIDs) == 0 {
				continue
			}
			h.end(n, at)
			sp := &serviceSpan{number: n, country: e.country, from: at, reference: e.reference, orderID: e.orderIDs[0]}
			if e.endCustomer != nil {
				sp.endCustomer = e.endCustomer.Name
			}
			h.start(sp)
		}
	case typeUpdateCustomer:
		for _, n := range o.view.Numbers {
			prev := h.end(n, at)
			if prev == nil {
				continue
			}
			next := *prev
			next.from, next.to = at, time.Time{}
			if e := cs.numbers[n]; e != nil && e.endCustomer != nil {
				next.endCustomer = e.endCustomer.Name
			}
			h.start(&next)
		}
	case typeReturn:
		for _, n := range o.view.Numbers {
			h.end(n, at)
		}
	}
}
