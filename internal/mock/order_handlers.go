package mock

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
)

// servePlaceOrder answers POST /numberManagement/v1/{orderType}/order.
func (s *Server) servePlaceOrder(w http.ResponseWriter, r *http.Request, orderType string) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxOrderBody))
	if err != nil {
		writeError(w, errBadBody.withDetails("the request body could not be read (at most 1 MiB)"))
		return
	}
	req, e := decodeOrder(orderType, body)
	if e != nil {
		writeError(w, *e)
		return
	}
	s.mu.Lock()
	now := s.now()
	s.advance(now)
	status, answer := s.placeOrder(client, orderType, req, now)
	if v, ok := answer.(orderView); ok {
		answer = s.onWire(v)
	}
	encoded, err := json.Marshal(answer)
	s.mu.Unlock()
	writeEncoded(w, status, encoded, err)
}

// serveOrder answers GET /numberManagement/v1/order/{orderId}. Another
// client's order is not found, like an unknown one.
func (s *Server) serveOrder(w http.ResponseWriter, r *http.Request, id string) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	s.advance(s.now())
	o, found := s.state.orders[id]
	var view orderView
	if found && o.client == client {
		view = s.onWire(o.snapshot())
	}
	s.mu.Unlock()
	if view.OrderID == "" {
		writeError(w, errOrderNotFound.withDetails("no order "+truncate(id, 32)))
		return
	}
	writeJSON(w, http.StatusOK, view)
}

type ordersResponse struct {
	Orders     []orderView `json:"orders"`
	Offset     int         `json:"offset"`
	Limit      int         `json:"limit"`
	TotalCount int         `json:"totalCount"`
}

var orderStatuses = []string{orderPending, orderInProgress, orderCompleted, orderFailed}

// serveOrderQuery answers GET /numberManagement/v1/order: the client's
// orders matching customerReference, orderType and status, by orderId.
func (s *Server) serveOrderQuery(w http.ResponseWriter, r *http.Request) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	if !s.assumed().OrderSearch {
		writeError(w, errNotFound)
		return
	}
	q := r.URL.Query()
	ref, orderType, status := q.Get("customerReference"), q.Get("orderType"), q.Get("status")
	if orderType != "" && !slices.Contains(orderTypes, orderType) {
		writeError(w, errBadQuery("orderType", orderType))
		return
	}
	if status != "" && !slices.Contains(orderStatuses, status) {
		writeError(w, errBadQuery("status", status))
		return
	}
	pg, e := parsePage(q)
	if e != nil {
		writeError(w, *e)
		return
	}

	s.mu.Lock()
	s.advance(s.now())
	var match []*order
	if cs, ok := s.state.clients[client]; ok {
		for _, o := range cs.orders {
			if (ref == "" || o.view.CustomerReference == ref) && (orderType == "" || o.view.OrderType == orderType) &&
				(status == "" || o.view.Status == status) {
				match = append(match, o)
			}
		}
	}
	lo, hi := pg.bounds(len(match))
	resp := ordersResponse{Orders: make([]orderView, 0, hi-lo), Offset: pg.offset, Limit: pg.limit, TotalCount: len(match)}
	for _, o := range match[lo:hi] {
		resp.Orders = append(resp.Orders, s.onWire(o.snapshot()))
	}
	s.mu.Unlock()
	s.writeList(w, resp)
}

// onWire is an order as the gateway shows it: status names as the
// assumptions say. Callers hold s.mu.
func (s *Server) onWire(v orderView) orderView {
	v.Status = s.wireStatus(v.Status)
	return v
}

func errBadQuery(param, value string) apiError {
	return errBadBody.withMessage("invalid query parameter").
		withDetails(fmt.Sprintf("%s: unsupported value %q", param, truncate(value, 32)))
}

func writeEncoded(w http.ResponseWriter, status int, body []byte, err error) {
	if err != nil {
		writeError(w, errInternal)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}
