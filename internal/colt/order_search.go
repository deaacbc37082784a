package colt

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
)

// searchSupport remembers whether Colt answers the order search
// (GET /numberManagement/v1/order, assumed: no Colt text shows it).
type searchSupport struct {
	mu     sync.Mutex
	answer *OrderSearchUnsupportedError // set once Colt said it has none
}

// OrderSearchUnsupportedError says Colt has no order search the provider
// can use.
type OrderSearchUnsupportedError struct {
	StatusCode int
	TrackingID string
}

func (e *OrderSearchUnsupportedError) Error() string {
	return fmt.Sprintf("Colt has no order search: GET %sorder answered %d [x-tracking-id %s] "+
		"(api/colt.yaml assumes it exists)", orderBase, e.StatusCode, e.TrackingID)
}

func (s *searchSupport) unsupported() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.answer != nil {
		return s.answer
	}
	return nil
}

// check turns a 404, 405 or 501 from the order search into
// *OrderSearchUnsupportedError, remembered for the client's life and
// logged once at WARN; other errors pass through.
func (s *searchSupport) check(ctx context.Context, c *Client, err error) error {
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	switch apiErr.StatusCode {
	case http.StatusNotFound, http.StatusMethodNotAllowed, http.StatusNotImplemented:
	default:
		return err
	}
	s.mu.Lock()
	first := s.answer == nil
	if first {
		s.answer = &OrderSearchUnsupportedError{StatusCode: apiErr.StatusCode, TrackingID: apiErr.TrackingID}
	}
	answer := s.answer
	s.mu.Unlock()
	if first {
		c.warn(ctx, "Colt has no order search: orders are found through the number inventory, "+
			"and an order whose answer is lost is never sent again", map[string]any{
			"status": apiErr.StatusCode, "tracking_id": apiErr.TrackingID,
			"assumption": "GET /numberManagement/v1/order searches orders by customer reference (api/colt.yaml)",
		})
	}
	return answer
}

// OrderSearchUnsupported tells whether Colt has said it has no order search.
func (c *Client) OrderSearchUnsupported() bool { return c.search.unsupported() != nil }

// IsOrderSearchUnsupported tells whether err says Colt has no order search.
func IsOrderSearchUnsupported(err error) bool {
	var e *OrderSearchUnsupportedError
	return errors.As(err, &e)
}
