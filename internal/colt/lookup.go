package colt

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// lookupWindow is how long the first caller of a batch waits for others.
// Terraform refreshes resources in parallel, so the reads of one plan
// arrive within a few milliseconds of each other.
const lookupWindow = 15 * time.Millisecond

// numberLookup coalesces concurrent look-ups of individual numbers into one
// inventory range query per country and number length.
type numberLookup struct {
	client *Client
	mu     sync.Mutex
	batch  *lookupBatch
}

type lookupBatch struct {
	numbers map[string]bool
	done    chan struct{}
	found   map[string]NumberDetail
	err     error
}

// LookupNumbers returns the inventory entries of the given numbers; numbers
// not in the inventory are absent from the map. Calls made at about the same
// time share their queries.
func (c *Client) LookupNumbers(ctx context.Context, numbers []string) (map[string]NumberDetail, error) {
	b := c.lookup.join(numbers)
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

func (l *numberLookup) join(numbers []string) *lookupBatch {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.batch == nil {
		b := &lookupBatch{numbers: map[string]bool{}, done: make(chan struct{})}
		l.batch = b
		time.AfterFunc(lookupWindow, func() { l.run(b) })
	}
	for _, n := range numbers {
		l.batch.numbers[n] = true
	}
	return l.batch
}

func (l *numberLookup) run(b *lookupBatch) {
	l.mu.Lock()
	if l.batch == b {
		l.batch = nil
	}
	l.mu.Unlock()
	defer close(b.done)

	// The batch outlives any one caller, so it runs on its own context,
	// bounded by the client's per-call timeout.
	ctx := context.Background()
	b.found = map[string]NumberDetail{}
	for _, group := range rangeGroups(b.numbers) {
		err := l.client.EachNumber(ctx, NumberQuery{RangeStart: group[0], RangeEnd: group[len(group)-1]},
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
