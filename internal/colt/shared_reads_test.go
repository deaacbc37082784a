package colt

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const freeNumberRoute = "GET /numberManagement/v1/freeNumber"

// Concurrent identical reads through SharedReads share one request and one
// answer; an order placed since makes the next read ask again; reads made
// through the plain client are never shared.
func TestDataSourceReadsShareOneRequest(t *testing.T) {
	m, url := startMock(t, mock.Config{})
	c := newClient(t, testConfig(t, url))
	shared := c.SharedReads()

	search := func(c *Client, n int) [][]FreeNumber {
		out := make([][]FreeNumber, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				found, err := c.SearchFreeNumbers(context.Background(), gbQuery)
				if err != nil {
					t.Error(err)
				}
				out[i] = found
			})
		}
		wg.Wait()
		return out
	}
	answers := search(shared, 20)
	if got := m.Stats().APIRequests[freeNumberRoute]; got != 1 {
		t.Errorf("20 concurrent identical reads made %d requests, want 1", got)
	}
	for _, a := range answers[1:] {
		if len(a) != 3 || !slices.Equal(a, answers[0]) {
			t.Fatalf("answers differ: %v and %v", a, answers[0])
		}
	}
	search(shared, 5)
	if got := m.Stats().APIRequests[freeNumberRoute]; got != 1 {
		t.Errorf("later identical reads made %d requests in all, want 1", got)
	}

	if _, err := c.PlaceReservation(context.Background(), ReservationRequest{CustomerReference: "shared-reads", CountryCode: "GB", Quantity: 1}); err != nil {
		t.Fatal(err)
	}
	search(shared, 5)
	if got := m.Stats().APIRequests[freeNumberRoute]; got != 2 {
		t.Errorf("after an order, reads made %d requests in all, want 2", got)
	}

	search(c, 3)
	if got := m.Stats().APIRequests[freeNumberRoute]; got != 5 {
		t.Errorf("reads not made through SharedReads made %d requests in all, want 5", got)
	}
}
