package colt

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultLookupWindow is how long a refresh's first look-up waits for the
// others of the same refresh (Terraform reads resources in parallel, so
// they arrive within a few milliseconds of each other).
const DefaultLookupWindow = 15 * time.Millisecond

// numberLookup coalesces concurrent look-ups of individual numbers into
// inventory range queries. Callers that arrive while a query is in flight
// share the next one, which starts when it ends. A look-up with no query in
// flight starts at once, except through Refresh, where it first waits the
// window for the refresh's others.
type numberLookup struct {
	window  time.Duration
	mu      sync.Mutex
	running bool
	next    *lookupBatch
	joined  int // look-ups so far, for tests
}

type lookupBatch struct {
	numbers map[string]bool
	client  *Client         // the first joiner's view of the client
	ctx     context.Context // the first joiner's, without its cancellation
	done    chan struct{}
	found   map[string]NumberDetail
	err     error
}

// LookupNumbers returns the inventory entries of the given numbers; numbers
// not in the inventory are absent from the map. Calls made at about the same
// time share their queries; through Refresh they are answered from one
// listing of the inventory where it can (see lookupListed).
func (c *Client) LookupNumbers(ctx context.Context, numbers []string) (map[string]NumberDetail, error) {
	if c.mode.refresh {
		if held, ok := c.lookupListed(ctx, numbers); ok {
			return held, nil
		}
	}
	b := c.lookup.join(ctx, c, numbers)
	select {
	case <-b.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if b.err != nil {
		return nil, b.err
	}
	out := make(map[string]NumberDetail, len(numbers))
	for _, n := range numbers {
		if d, ok := b.found[n]; ok {
			out[n] = d
		}
	}
	return out, nil
}

func (l *numberLookup) join(ctx context.Context, c *Client, numbers []string) *lookupBatch {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.next == nil {
		l.next = &lookupBatch{numbers: map[string]bool{}, client: c, ctx: context.WithoutCancel(ctx), done: make(chan struct{})}
	}
	b := l.next
	l.joined++
	for _, n := range numbers {
		b.numbers[n] = true
	}
	if !l.running {
		wait := time.Duration(0)
		if c.mode.refresh {
			wait = l.window
		}
		l.start(wait)
	}
	return b
}

// start runs the waiting batch after wait. Callers hold l.mu.
func (l *numberLookup) start(wait time.Duration) {
	l.running = true
	go func() {
		if wait > 0 {
			time.Sleep(wait)
		}
		l.mu.Lock()
		b := l.next
		l.next = nil
		l.mu.Unlock()
		l.run(b)
		l.mu.Lock()
		defer l.mu.Unlock()
		l.running = false
		if l.next != nil {
			l.start(0)
		}
	}()
}

// run reads a batch's numbers. The batch outlives any one caller, so it
// runs on the first caller's view of the client and context without its
// cancellation, bounded by one call timeout for the whole batch.
func (l *numberLookup) run(b *lookupBatch) {
	defer close(b.done)
	ctx, cancel := context.WithTimeout(b.ctx, b.client.timeout)
	defer cancel()
	b.found = map[string]NumberDetail{}
	for _, group := range rangeGroups(b.numbers) {
		err := b.client.EachNumber(ctx, NumberQuery{RangeStart: group[0], RangeEnd: group[len(group)-1]},
			func(page []NumberDetail) error {
				for _, d := range page {
					if b.numbers[d.Number] {
						b.found[d.Number] = d
					}
				}
				return nil
			})
		if err != nil {
			b.err = err
			return
		}
	}
}

// maxRangeGap splits a group where two neighbouring numbers lie further
// apart than this, so one query does not page through a large stretch of
// numbers nobody asked for.
const maxRangeGap = 1000

// rangeGroups sorts numbers into groups that one range query can cover:
// same country and same length (so they compare as digit strings), and
// close together.
func rangeGroups(numbers map[string]bool) [][]string {
	byKind := map[string][]string{}
	for n := range numbers {
		key := CountryOf(n) + "/" + strconv.Itoa(len(n))
		byKind[key] = append(byKind[key], n)
	}
	keys := make([]string, 0, len(byKind))
	for k := range byKind {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out [][]string
	for _, k := range keys {
		kind := byKind[k]
		sort.Strings(kind)
		start := 0
		for i := 1; i <= len(kind); i++ {
			if i == len(kind) || digits(kind[i])-digits(kind[i-1]) > maxRangeGap {
				out = append(out, kind[start:i])
				start = i
			}
		}
	}
	return out
}

// digits is the value of an E.164 number's digits; E.164 has at most 15,
// which fits in an int64.
func digits(e164 string) int64 {
	v, _ := strconv.ParseInt(strings.TrimPrefix(e164, "+"), 10, 64)
	return v
}
