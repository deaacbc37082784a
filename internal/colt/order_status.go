package colt

import (
	"context"
	"strings"
	"sync"
)

// Colt publishes no order status names (api/colt.yaml assumes Pending,
// InProgress, Completed and Failed). Statuses are therefore read case- and
// space-insensitively, with the synonyms other order APIs use; a status
// none of these covers is kept as Colt sent it and waited on.
var orderStatusSynonyms = map[string]string{
	"pending": OrderPending, "acknowledged": OrderPending, "open": OrderPending, "new": OrderPending,
	"submitted": OrderPending, "received": OrderPending, "accepted": OrderPending, "queued": OrderPending,
	"inprogress": OrderInProgress, "processing": OrderInProgress, "running": OrderInProgress,
	"completed": OrderCompleted, "complete": OrderCompleted, "closed": OrderCompleted,
	"success": OrderCompleted, "successful": OrderCompleted, "succeeded": OrderCompleted, "done": OrderCompleted,
	"failed": OrderFailed, "failure": OrderFailed, "rejected": OrderFailed, "cancelled": OrderFailed,
	"canceled": OrderFailed, "error": OrderFailed,
}

// NormalizeOrderStatus maps a status as Colt sends it to one of the
// Order* constants; known is false when no synonym matches.
func NormalizeOrderStatus(raw string) (status string, known bool) {
	key := strings.Map(func(r rune) rune {
		switch r {
		case ' ', '_', '-', '\t':
			return -1
		}
		return r
	}, strings.ToLower(raw))
	status, known = orderStatusSynonyms[key]
	return status, known
}

// normalize sets Status from the raw status Colt sent, keeping the raw
// one in RawStatus, and warns the first time a status is not understood.
func (c *Client) normalize(ctx context.Context, o *Order) {
	if o == nil {
		return
	}
	if o.RawStatus == "" {
		o.RawStatus = o.Status
	}
	status, known := NormalizeOrderStatus(o.RawStatus)
	if !known {
		o.Status = o.RawStatus
		c.warnUnknownStatus(ctx, o)
		return
	}
	o.Status = status
}

// unknownStatuses remembers the statuses already warned about.
type unknownStatuses struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (c *Client) warnUnknownStatus(ctx context.Context, o *Order) {
	c.unknown.mu.Lock()
	first := !c.unknown.seen[o.RawStatus]
	if c.unknown.seen == nil {
		c.unknown.seen = map[string]bool{}
	}
	c.unknown.seen[o.RawStatus] = true
	c.unknown.mu.Unlock()
	if first {
		c.warn(ctx, "Colt sent an order status the provider does not know; waiting for it to become a known one", map[string]any{
			"status": o.RawStatus, "order_id": o.OrderID, "order_type": o.OrderType,
			"assumption": "order statuses are Pending, InProgress, Completed, Failed or a synonym (api/colt.yaml)",
		})
	}
}
