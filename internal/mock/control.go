package mock

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const maxControlBytes = 64 << 10

// faultsRequest is the body of POST /__mock/faults. It replaces the whole
// fault configuration, so omitted fields switch that fault off (an omitted
// order_delay_ms restores Config.OrderDelay); fail_next, fail_next_orders
// and drop_next_responses, when present, replace what is pending.
type faultsRequest struct {
	Faults
	FailNext          *failNextRequest   `json:"fail_next,omitempty"`
	FailNextOrders    *failOrdersRequest `json:"fail_next_orders,omitempty"`
	DropNextResponses *dropRequest       `json:"drop_next_responses,omitempty"`
	// Assumptions, when present, changes the named assumptions; omitted
	// ones keep their current value.
	Assumptions json.RawMessage `json:"assumptions,omitempty"`
}

type failOrdersRequest struct {
	Count  int    `json:"count"`
	Code   string `json:"code"`
	Reason string `json:"reason"`
}

type dropRequest struct {
	Count int    `json:"count"`
	Route string `json:"route"`
}

type failNextRequest struct {
	Count  int    `json:"count"`
	Status int    `json:"status"`
	Code   string `json:"code"`
}

// serveControl answers the /__mock endpoints. They need no authentication,
// are not counted in Stats and never see injected faults.
func (s *Server) serveControl(w http.ResponseWriter, r *http.Request) {
	var method string
	var handle func(http.ResponseWriter, *http.Request)
	switch r.URL.Path {
	case controlPrefix + "version":
		method, handle = http.MethodGet, s.serveVersion
	case controlPrefix + "stats":
		method, handle = http.MethodGet, s.serveStats
	case controlPrefix + "reset":
		method, handle = http.MethodPost, s.serveReset
	case controlPrefix + "faults":
		method, handle = http.MethodPost, s.serveSetFaults
	case controlPrefix + "revoke":
		method, handle = http.MethodPost, func(w http.ResponseWriter, _ *http.Request) {
			s.RevokeTokens()
			w.WriteHeader(http.StatusNoContent)
		}
	default:
		writeError(w, errNotFound)
		return
	}
	if r.Method != method {
		writeMethodNotAllowed(w, method)
		return
	}
	handle(w, r)
}

// serveReset answers POST /__mock/reset: Reset, or with ?state=all
// ResetState.
func (s *Server) serveReset(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("state") {
	case "":
		s.Reset()
	case "all":
		s.ResetState()
	default:
		writeError(w, errInvalidParameter.withDetails("state must be all or absent"))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) serveStats(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, s.Stats())
}

func (s *Server) serveSetFaults(w http.ResponseWriter, r *http.Request) {
	var req faultsRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxControlBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, errInvalidParameter.withDetails(fmt.Sprintf("faults body: %v", err)))
		return
	}
	if msg := req.validate(); msg != "" {
		writeError(w, errInvalidParameter.withDetails(msg))
		return
	}
	if len(req.Assumptions) > 0 {
		a := s.CurrentAssumptions()
		dec := json.NewDecoder(bytes.NewReader(req.Assumptions))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			writeError(w, errInvalidParameter.withDetails(fmt.Sprintf("assumptions: %v", err)))
			return
		}
		if err := s.SetAssumptions(a); err != nil {
			writeError(w, errInvalidParameter.withDetails("assumptions: "+err.Error()))
			return
		}
	}
	s.SetFaults(req.Faults)
	if req.FailNext != nil {
		s.FailNext(req.FailNext.Count, req.FailNext.Status, req.FailNext.Code)
	}
	if fo := req.FailNextOrders; fo != nil {
		s.FailNextOrders(fo.Count, fo.Code, fo.Reason)
	}
	if d := req.DropNextResponses; d != nil {
		s.DropNextResponses(d.Count, d.Route)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (req faultsRequest) validate() string {
	switch {
	case req.LatencyMS < 0:
		return "latency_ms must not be negative"
	case req.Unavailable < 0 || req.Unavailable > 1:
		return "unavailable must be between 0 and 1"
	case req.TokenFailure < 0 || req.TokenFailure > 1:
		return "token_failure must be between 0 and 1"
	case req.OrderDelayMS < 0:
		return "order_delay_ms must not be negative"
	case req.FailNextOrders != nil && req.FailNextOrders.Count > 0 && req.FailNextOrders.Code == "":
		return "fail_next_orders.code is required"
	case req.DropNextResponses != nil && req.DropNextResponses.Route == "":
		return "drop_next_responses.route is required, e.g. \"POST /numberManagement/v1/reservation/order\""
	}
	if fn := req.FailNext; fn != nil {
		if fn.Count < 0 {
			return "fail_next.count must not be negative"
		}
		if fn.Count > 0 && (fn.Status < 400 || fn.Status > 599) {
			return "fail_next.status must be an HTTP error status (400-599)"
		}
	}
	return ""
}
