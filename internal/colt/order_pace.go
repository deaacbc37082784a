package colt

import (
	"context"
	"sync"
	"time"
)

// An order is polled first when it is expected to be done: when Colt's
// answer says so (Retry-After), else after as long as the last order of its
// type took by Colt's own timestamps (createdAt to completedAt), else after
// the caller's short first wait. Later polls back off from that short wait.
// While no order of a type has been timed, one waiter (the scout) polls
// from the short wait and the others of that type wait for it to learn
// the pace (at most the longest poll interval), so that N orders placed at
// once cost one backoff, not N.

// orderPaces is how long the last completed order of each type took.
type orderPaces struct {
	mu     sync.Mutex
	took   map[string]time.Duration
	scouts map[string]chan struct{} // closed when the type's scout stops waiting
}

// scout returns the channel that closes when the scout of orderType stops
// waiting, and whether the caller is that scout (it must then call
// scouted when it stops).
func (p *orderPaces) scout(orderType string) (chan struct{}, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if ch, ok := p.scouts[orderType]; ok {
		return ch, false
	}
	if p.scouts == nil {
		p.scouts = map[string]chan struct{}{}
	}
	ch := make(chan struct{})
	p.scouts[orderType] = ch
	return ch, true
}

// scouted ends a scout's wait: a scout that stopped without learning the
// pace leaves the next waiter to scout.
func (p *orderPaces) scouted(orderType string, ch chan struct{}) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.scouts, orderType)
	close(ch)
}

// learn records how long o took by Colt's own timestamps.
func (p *orderPaces) learn(o *Order) {
	if o.Status != OrderCompleted || o.CompletedAt == nil || o.CreatedAt.IsZero() {
		return
	}
	p.learnTook(o.OrderType, o.CompletedAt.Sub(o.CreatedAt), true)
}

func (p *orderPaces) expected(orderType string) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.took[orderType]
}

// learnTook records how long an order of orderType took. An upper bound
// (exact false) is kept only while the type has no pace: each later order
// would otherwise add its own polling delay to it.
func (p *orderPaces) learnTook(orderType string, took time.Duration, exact bool) {
	if took <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.took == nil {
		p.took = map[string]time.Duration{}
	}
	if exact || p.took[orderType] == 0 {
		p.took[orderType] = took
	}
}

// firstWait is when an order is first polled, as awaitPace decides it.
type firstWait struct {
	wait     time.Duration // left to wait before the first poll
	expected bool          // the order is expected to be done then
	scout    bool          // the caller is its type's scout
	done     func()        // to call when the caller stops waiting
}

// awaitPace waits, for an order whose pace is not known, until the type's
// scout has learned it (at most maxPoll), and tells how long is left to
// wait before the first poll.
func (c *Client) awaitPace(ctx context.Context, o *Order, minPoll, maxPoll time.Duration) firstWait {
	start := time.Now()
	if o.Done() || o.RetryAfter > 0 || c.paces.expected(o.OrderType) > 0 {
		return firstWait{wait: c.firstPoll(o, minPoll, maxPoll), expected: true, done: func() {}}
	}
	ch, first := c.paces.scout(o.OrderType)
	if first {
		return firstWait{wait: minPoll, scout: true, done: func() { c.paces.scouted(o.OrderType, ch) }}
	}
	timer := time.NewTimer(maxPoll)
	defer timer.Stop()
	select {
	case <-ch:
	case <-timer.C:
	case <-ctx.Done():
	}
	return firstWait{
		wait:     max(0, c.firstPoll(o, minPoll, maxPoll)-time.Since(start)),
		expected: c.paces.expected(o.OrderType) > 0,
		done:     func() {},
	}
}

// firstPoll is how long to wait before first reading o, within
// [0, maxPoll].
func (c *Client) firstPoll(o *Order, minPoll, maxPoll time.Duration) time.Duration {
	wait := o.RetryAfter
	if wait <= 0 {
		wait = c.paces.expected(o.OrderType)
	}
	if wait <= 0 {
		wait = minPoll
	}
	return min(wait, maxPoll)
}
