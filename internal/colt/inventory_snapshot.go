package colt

import (
	"context"
	"net/url"
	"sync"
	"time"
)

// A refresh reads every resource at once, at most Terraform's parallelism
// at a time and in no order the provider can foresee, so look-ups gathered
// by time cost a different number of requests on every run. Instead the
// first look-up of a refresh lists the whole inventory, a page of
// PageLimit numbers per request, and the refresh's other look-ups are
// answered from that list: ceil(numbers held / page) requests, whatever
// the timing. Accounts larger than snapshotMaxPages pages are not listed
// whole (the first page's totalCount, or the page count, says so); their
// look-ups are gathered as before.
//
// The list answers only what it is sure of: a look-up naming a number it
// lacks, one an order of this client named after it was taken, or one
// being ported in (which Colt completes on its own) is made afresh, so a
// number is never dropped from state, nor left out of a return, on the
// list's word.
const (
	snapshotMaxPages = 10
	// snapshotTTL bounds how old a listing a refresh may be answered from.
	snapshotTTL = 5 * time.Minute
)

type inventorySnapshot struct {
	mu      sync.Mutex
	taking  chan struct{}           // closed when the listing in progress ends
	held    map[string]NumberDetail // nil until a listing completed
	takenAt time.Time
	changed map[string]bool // numbers named by orders placed since takenAt
	off     bool            // the inventory is too large, or listing it failed
	lists   int             // listings made, for tests
}

// lookupListed answers a refresh's look-up from the inventory listing, and
// says whether it could: every number listed and none changed since.
func (c *Client) lookupListed(ctx context.Context, numbers []string) (map[string]NumberDetail, bool) {
	s := &c.listed
	if !s.ready(ctx, c) {
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]NumberDetail, len(numbers))
	for _, n := range numbers {
		d, ok := s.held[n]
		if !ok || s.changed[n] || d.Status == StatusPorting {
			return nil, false
		}
		out[n] = d
	}
	return out, true
}

// ready reports whether a usable listing is held, taking one if none is
// and none is being taken. Callers that arrive while one is taken wait
// for it.
func (s *inventorySnapshot) ready(ctx context.Context, c *Client) bool {
	for {
		s.mu.Lock()
		switch {
		case s.off:
			s.mu.Unlock()
			return false
		case s.held != nil && c.now().Sub(s.takenAt) < snapshotTTL:
			s.mu.Unlock()
			return true
		case s.taking != nil:
			taking := s.taking
			s.mu.Unlock()
			select {
			case <-taking:
				continue
			case <-ctx.Done():
				return false
			}
		}
		taking := make(chan struct{})
		s.taking = taking
		s.lists++
		s.mu.Unlock()

		takenAt := c.now()
		held, whole := s.list(ctx, c)
		s.mu.Lock()
		s.taking = nil
		close(taking)
		if whole {
			s.held, s.takenAt, s.changed = held, takenAt, map[string]bool{}
		} else {
			s.held, s.off = nil, true
		}
		s.mu.Unlock()
		return whole
	}
}

// list reads the whole inventory, and says whether it did: not when it
// holds more than snapshotMaxPages pages, or a request failed (the
// look-ups made afresh then meet the failure themselves). The listing
// serves every waiting caller, so it runs on this caller's context
// without its cancellation, bounded by a call timeout per page.
func (s *inventorySnapshot) list(ctx context.Context, c *Client) (map[string]NumberDetail, bool) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), snapshotMaxPages*c.timeout)
	defer cancel()
	held := map[string]NumberDetail{}
	pages, tooLarge := 0, false
	err := eachPage(ctx, c, "list number inventory", inventoryPath, url.Values{}, func(page *numberPage) int {
		pages++
		if pages > snapshotMaxPages || page.TotalCount > snapshotMaxPages*PageLimit {
			tooLarge = true
			return 0
		}
		for _, d := range page.Numbers {
			held[d.Number] = d
		}
		return len(page.Numbers)
	}, func(page *numberPage) int { return page.TotalCount })
	return held, err == nil && !tooLarge
}

// orderPlaced marks the numbers an order names as changed; an order that
// may change numbers it does not name (a port-in update) drops the
// listing.
func (s *inventorySnapshot) orderPlaced(orderType string, numbers []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held == nil {
		return
	}
	if len(numbers) == 0 && orderType != OrderReservation {
		s.held = nil
		return
	}
	s.markChanged(numbers)
}

// changedNumbers marks numbers an order's answer names as changed.
func (s *inventorySnapshot) changedNumbers(numbers []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held != nil {
		s.markChanged(numbers)
	}
}

// markChanged: callers hold s.mu and a listing.
func (s *inventorySnapshot) markChanged(numbers []string) {
	for _, n := range numbers {
		s.changed[n] = true
	}
}

// orderNumbers are the numbers an order request names.
func orderNumbers(body any) []string {
	switch r := body.(type) {
	case ReservationRequest:
		return r.Numbers
	case AssignmentRequest:
		return r.Numbers
	case ReturnRequest:
		return r.Numbers
	case PortInRequest:
		return r.Numbers
	}
	return nil
}
