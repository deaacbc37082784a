package mock

import (
	"errors"
	"fmt"
	"maps"
	"strings"
)

// Assumptions are the parts of Colt's wire format that no Colt text
// documents and the project had to model. The mock serves them as modelled
// by default; each field switched the other way makes the mock behave as a
// gateway that differs from the model would, so that tests can prove the
// provider fails safe when the model is wrong.
type Assumptions struct {
	// OrderSearch serves GET /numberManagement/v1/order. Off, it answers
	// 404 as a gateway without that endpoint would.
	OrderSearch bool `json:"order_search"`
	// OrderReplay answers a repeated customer reference with the existing
	// order. Off, every POST places a new order.
	OrderReplay bool `json:"order_replay"`
	// TotalCount puts totalCount in list responses.
	TotalCount bool `json:"total_count"`
	// OrderStatuses renames order statuses on the wire, the model's name
	// to the gateway's (e.g. "Completed" -> "Complete").
	OrderStatuses map[string]string `json:"order_statuses,omitempty"`
	// VATShape is "" for the modelled VAT answer, "alt" for one with other
	// field names.
	VATShape string `json:"vat_shape,omitempty"`
	// BasicAuth is how the token route reads HTTP Basic credentials:
	// "form" (form-unescaped first, RFC 6749 section 2.3.1, the default) or
	// "literal" (compared as sent, RFC 7617).
	BasicAuth string `json:"basic_auth,omitempty"`
	// BillingV1 serves the billing resources under /usageManagement/v1
	// only, instead of without /v1 as Colt prints them.
	BillingV1 bool `json:"billing_v1,omitempty"`
	// RedirectTo, when set, answers every request with a 307 redirect to
	// the same path on this base URL.
	RedirectTo string `json:"redirect_to,omitempty"`
	// InventoryNeedsFilter refuses an inventory search without any filter
	// (400), instead of listing the whole inventory.
	InventoryNeedsFilter bool `json:"inventory_needs_filter,omitempty"`
	// ReservationExpiryByDay gives a reserved number's reservationExpiresAt
	// as the end (midnight UTC) of its 90th calendar day, instead of 90
	// days to the instant after the reservation completed.
	ReservationExpiryByDay bool `json:"reservation_expiry_by_day,omitempty"`
}

// DefaultAssumptions is the modelled Colt.
func DefaultAssumptions() Assumptions {
	return Assumptions{OrderSearch: true, OrderReplay: true, TotalCount: true}
}

// Validate reports the first problem with a.
func (a Assumptions) Validate() error {
	if msg := a.problem(); msg != "" {
		return errors.New(msg)
	}
	return nil
}

func (a Assumptions) problem() string {
	switch {
	case a.VATShape != "" && a.VATShape != "alt":
		return `vat_shape must be "" or "alt"`
	case a.BasicAuth != "" && a.BasicAuth != "form" && a.BasicAuth != "literal":
		return `basic_auth must be "form" or "literal"`
	case a.RedirectTo != "" && !strings.HasPrefix(a.RedirectTo, "http"):
		return "redirect_to must be an http(s) URL"
	}
	for model, wire := range a.OrderStatuses {
		if !isOrderStatus(model) || strings.TrimSpace(wire) == "" {
			return fmt.Sprintf("order_statuses: %q=%q must map Pending, InProgress, Completed or Failed to a non-empty name", model, wire)
		}
	}
	return ""
}

func isOrderStatus(s string) bool {
	switch s {
	case orderPending, orderInProgress, orderCompleted, orderFailed:
		return true
	}
	return false
}

// ParseOrderStatuses reads "Pending=Acknowledged,Completed=Complete".
func ParseOrderStatuses(s string) (map[string]string, error) {
	out := map[string]string{}
	if strings.TrimSpace(s) == "" {
		return out, nil
	}
	for _, pair := range strings.Split(s, ",") {
		model, wire, ok := strings.Cut(pair, "=")
		model, wire = strings.TrimSpace(model), strings.TrimSpace(wire)
		if !ok || !isOrderStatus(model) || wire == "" {
			return nil, fmt.Errorf("order statuses: %q must be Model=Wire with Model one of Pending, InProgress, Completed, Failed", pair)
		}
		out[model] = wire
	}
	return out, nil
}

// SetAssumptions replaces the assumptions the mock serves. Reset goes back
// to those of Config.Assumptions, not to the defaults.
func (s *Server) SetAssumptions(a Assumptions) error {
	if err := a.Validate(); err != nil {
		return err
	}
	a.OrderStatuses = maps.Clone(a.OrderStatuses)
	s.mu.Lock()
	s.assume = a
	s.mu.Unlock()
	return nil
}

// assumed is the assumptions served now, for the handlers to read. The
// order-status map is shared, not copied: SetAssumptions and Reset replace
// it whole and nothing writes into it, so no copy is needed per request.
func (s *Server) assumed() Assumptions {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.assume
}

// CurrentAssumptions returns the assumptions the mock serves now.
func (s *Server) CurrentAssumptions() Assumptions {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.assume
	a.OrderStatuses = maps.Clone(a.OrderStatuses)
	return a
}

// wireStatus is an order status as the gateway names it. Callers hold s.mu.
func (s *Server) wireStatus(status string) string {
	if name, ok := s.assume.OrderStatuses[status]; ok {
		return name
	}
	return status
}
