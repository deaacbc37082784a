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
	mu   sync.Mutex
	took map[string]time.Duration
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
