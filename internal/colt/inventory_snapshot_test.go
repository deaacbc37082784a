package colt

import (
	"context"
	"math/rand/v2"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// seededClient is a fresh client of a mock holding n seeded numbers, and
// those numbers.
func seededClient(t *testing.T, n int) (*mock.Server, *Client, []string) {
	t.Helper()
	m, base := startMock(t, mock.Config{OrderDelay: 10 * time.Millisecond})
	if _, err := m.Seed(mock.DefaultClientID, mock.Seed{Numbers: n}); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, testConfig(t, base))
	held, err := c.ListNumbers(context.Background(), NumberQuery{})
	if err != nil || len(held) != n {
		t.Fatalf("seeded %d numbers, listed %d: %v", n, len(held), err)
	}
	numbers := make([]string, len(held))
	for i, d := range held {
		numbers[i] = d.Number
	}
	m.Reset()
	return m, newClient(t, testConfig(t, base)), numbers
}

// refreshLookups looks up each number on its own, at most parallel at a
// time, in a random order, as a refresh does, and fails when an answer is
// wrong.
func refreshLookups(t *testing.T, c *Client, numbers []string, parallel int) {
	t.Helper()
	order := rand.Perm(len(numbers))
	slots := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for _, i := range order {
		n := numbers[i]
		slots <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-slots; wg.Done() }()
			time.Sleep(time.Duration(rand.IntN(3)) * time.Millisecond)
			held, err := c.Refresh().LookupNumbers(context.Background(), []string{n})
			if err != nil || held[n].Number != n {
				t.Errorf("look-up of %s: %v, %v", n, held, err)
			}
		}()
	}
	wg.Wait()
}

// listed makes a refresh's first look-up, which lists the inventory, and
// returns the context for the refresh's later look-ups.
func listed(t *testing.T, c *Client, number string) context.Context {
	t.Helper()
	ctx := context.Background()
	if _, err := c.Refresh().LookupNumbers(ctx, []string{number}); err != nil {
		t.Fatal(err)
	}
	return ctx
}

func inventoryRequests(m *mock.Server) int64 { return m.Stats().APIRequests["GET "+inventoryPath] }

func TestRefreshReadsTheInventoryInPages(t *testing.T) {
	const held = 450 // ceil(450 / 200) = 3 pages
	counts := map[int64]bool{}
	for run := 0; run < 3; run++ {
		m, c, numbers := seededClient(t, held)
		refreshLookups(t, c, numbers, 10)
		counts[inventoryRequests(m)] = true
	}
	if len(counts) != 1 || !counts[3] {
		t.Errorf("refreshes of %d numbers made %v inventory requests over 3 runs, want 3 on each", held, keys(counts))
	}
}

func keys(m map[int64]bool) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func TestListingIsNotTrustedForNumbersAnOrderNamed(t *testing.T) {
	m, c, numbers := seededClient(t, 100)
	ctx := listed(t, c, numbers[0])
	gone := numbers[1]
	o, err := c.PlaceReturn(context.Background(), ReturnRequest{CustomerReference: "give-back", Numbers: []string{gone}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitForOrder(context.Background(), o, time.Millisecond, 20*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	before := inventoryRequests(m)
	held, err := c.Refresh().LookupNumbers(ctx, []string{gone})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := held[gone]; ok || inventoryRequests(m) != before+1 {
		t.Errorf("a refresh after returning %s was answered from the listing (%v, %d requests)", gone, held, inventoryRequests(m)-before)
	}
	if _, err := c.Refresh().LookupNumbers(ctx, numbers[2:3]); err != nil || inventoryRequests(m) != before+1 {
		t.Errorf("a number no order named was not answered from the listing: %d requests, %v", inventoryRequests(m)-before, err)
	}
}

func TestNumbersMissingFromTheListingAreLookedUpAfresh(t *testing.T) {
	m, c, numbers := seededClient(t, 10)
	ctx := listed(t, c, numbers[0])
	other := newClient(t, testConfig(t, c.base.String()))
	added := reserve(t, other, "added-later", 1).Numbers[0]
	before := inventoryRequests(m)
	held, err := c.Refresh().LookupNumbers(ctx, []string{added})
	if err != nil || held[added].Number != added {
		t.Errorf("a number reserved after the listing was not found: %v, %v", held, err)
	}
	if got := inventoryRequests(m) - before; got != 1 {
		t.Errorf("%d inventory requests for a number the listing lacks, want 1", got)
	}
}

func TestLargeInventoriesAreNotListedWhole(t *testing.T) {
	m, c, numbers := seededClient(t, snapshotMaxPages*PageLimit+100)
	refreshLookups(t, c, numbers[:40], 10)
	if c.listed.lists != 1 || !c.listed.off {
		t.Errorf("%d listings (off %v), want 1 attempt, given up", c.listed.lists, c.listed.off)
	}
	// One page, then gathered range queries, fewer than one per look-up.
	if got := inventoryRequests(m); got < 2 || got > 30 {
		t.Errorf("%d inventory requests for 40 look-ups in a large inventory", got)
	}
}

func TestListingExpires(t *testing.T) {
	clock := newFakeClock()
	m, base := startMock(t, mock.Config{OrderDelay: 10 * time.Millisecond})
	if _, err := m.Seed(mock.DefaultClientID, mock.Seed{Numbers: 10}); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, base)
	cfg.Now = clock.Now
	m.SetClock(clock.Now)
	c := newClient(t, cfg)
	held, err := c.ListNumbers(context.Background(), NumberQuery{})
	if err != nil {
		t.Fatal(err)
	}
	n := []string{held[0].Number}
	ctx := context.Background()
	for _, step := range []time.Duration{0, snapshotTTL - time.Second, 2 * time.Second} {
		clock.Advance(step)
		if _, err := c.Refresh().LookupNumbers(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	if c.listed.lists != 2 {
		t.Errorf("%d listings over %s, want 2 (one expired)", c.listed.lists, snapshotTTL+time.Second)
	}
}

func TestRefreshWhereColtRefusesAnUnfilteredInventorySearch(t *testing.T) {
	m, c, numbers := seededClient(t, 300)
	assume := m.CurrentAssumptions()
	assume.InventoryNeedsFilter = true
	if err := m.SetAssumptions(assume); err != nil {
		t.Fatal(err)
	}
	refreshLookups(t, c, numbers[:50], 10)
	if !c.listed.off || c.listed.lists != 1 {
		t.Errorf("listing after a refused search: off %v, %d attempts; want given up after 1", c.listed.off, c.listed.lists)
	}
}

func TestNumbersBeingPortedInAreLookedUpAfresh(t *testing.T) {
	m, c, numbers := seededClient(t, 10)
	ctx := listed(t, c, numbers[0])
	porting := numbers[1]
	c.listed.mu.Lock()
	d := c.listed.held[porting]
	d.Status = StatusPorting // as listed before Colt completed the port-in
	c.listed.held[porting] = d
	c.listed.mu.Unlock()
	before := inventoryRequests(m)
	held, err := c.Refresh().LookupNumbers(ctx, []string{porting})
	if err != nil || held[porting].Status == StatusPorting || inventoryRequests(m) != before+1 {
		t.Errorf("a number listed as Porting was answered from the listing: %v, %v", held[porting], err)
	}
}
