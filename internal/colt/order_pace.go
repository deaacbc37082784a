package colt

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"
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

// answerPace records the Retry-After of a call's successful answer.
type answerPace struct{ retryAfter atomic.Int64 }

type paceKey struct{}

func withPace(ctx context.Context) (context.Context, *answerPace) {
	p := &answerPace{}
	return context.WithValue(ctx, paceKey{}, p), p
}

// recordPace keeps the Retry-After of a successful answer to a call made
// under withPace.
func recordPace(ctx context.Context, resp *http.Response) {
	p, _ := ctx.Value(paceKey{}).(*answerPace)
	if p == nil || resp.StatusCode < 200 || resp.StatusCode > 299 {
		return
	}
	if wait, ok := retryAfter(resp); ok {
		p.retryAfter.Store(int64(wait))
	} else {
		p.retryAfter.Store(0)
	}
}

func (p *answerPace) wait() time.Duration { return time.Duration(p.retryAfter.Load()) }

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

func (p *orderPaces) learn(o *Order) {
	if o.Status != OrderCompleted || o.CompletedAt == nil || o.CreatedAt.IsZero() {
		return
	}
	took := o.CompletedAt.Sub(o.CreatedAt)
	if took <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.took == nil {
		p.took = map[string]time.Duration{}
	}
	p.took[o.OrderType] = took
}

func (p *orderPaces) expected(orderType string) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.took[orderType]
}

// awaitPace waits, for an order whose pace is not known, until the type's
// scout has learned it (at most maxPoll), and returns how long is left to
// wait before the first poll and whether that is when the order is
// expected to be done; the caller that is the scout gets done to call when
// it stops.
func (c *Client) awaitPace(ctx context.Context, o *Order, minPoll, maxPoll time.Duration) (wait time.Duration, expected bool, done func()) {
	start := time.Now()
	if o.Done() || o.RetryAfter > 0 || c.paces.expected(o.OrderType) > 0 {
		return c.firstPoll(o, minPoll, maxPoll), true, func() {}
	}
	ch, first := c.paces.scout(o.OrderType)
	if first {
		return minPoll, false, func() { c.paces.scouted(o.OrderType, ch) }
	}
	timer := time.NewTimer(maxPoll)
	defer timer.Stop()
	select {
	case <-ch:
	case <-timer.C:
	case <-ctx.Done():
	}
	learned := c.paces.expected(o.OrderType) > 0
	return max(0, c.firstPoll(o, minPoll, maxPoll)-time.Since(start)), learned, func() {}
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
