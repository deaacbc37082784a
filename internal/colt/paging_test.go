package colt

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
)

// pageShape is how a server pages: items numbered 0..items-1, offset and
// limit honoured with limit capped at maxLimit; withTotal adds totalCount,
// echoLimit the limit applied.
type pageShape struct {
	items, maxLimit      int
	withTotal, echoLimit bool
}

// pagedServer serves a pageShape on every path under the list key.
type pagedServer struct {
	pageShape
	key      string
	requests atomic.Int32
}

func (p *pagedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	limit = min(limit, p.maxLimit)
	list := []map[string]string{}
	for i := offset; i < min(offset+limit, p.items); i++ {
		list = append(list, map[string]string{"number": fmt.Sprintf("+4420%08d", i), "recordId": strconv.Itoa(i)})
	}
	body := map[string]any{p.key: list, "offset": offset}
	if p.withTotal {
		body["totalCount"] = p.items
	}
	if p.echoLimit {
		body["limit"] = limit
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(body)
}

func pagedClient(t *testing.T, p *pagedServer) *Client {
	t.Helper()
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	cfg := testConfig(t, srv.URL)
	cfg.ClientID, cfg.ClientSecret, cfg.AccessToken = "", "", "opaque-test-token"
	return newClient(t, cfg)
}

// Assumption: totalCount (api/colt.yaml, assumed). A gateway that omits it
// must still yield every item: paging goes on until a short or empty page.
func TestPagingWithoutTotalCount(t *testing.T) {
	cases := []struct {
		name         string
		shape        pageShape
		wantRequests int32
	}{
		{"450 items, last page short", pageShape{items: 450, maxLimit: 200}, 3},
		{"400 items, empty third page ends it", pageShape{items: 400, maxLimit: 200}, 3},
		{"no items", pageShape{items: 0, maxLimit: 200}, 1},
		{"server caps pages at 100 and says so", pageShape{items: 250, maxLimit: 100, echoLimit: true}, 3},
		{"totalCount present ends at the total", pageShape{items: 400, maxLimit: 200, withTotal: true}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			inventory := &pagedServer{pageShape: tc.shape, key: "numbers"}
			numbers, err := pagedClient(t, inventory).ListNumbers(ctx, NumberQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if len(numbers) != tc.shape.items || inventory.requests.Load() != tc.wantRequests {
				t.Errorf("inventory: %d of %d numbers in %d requests, want all in %d",
					len(numbers), tc.shape.items, inventory.requests.Load(), tc.wantRequests)
			}

			cdrs := &pagedServer{pageShape: tc.shape, key: "records"}
			got := 0
			err = pagedClient(t, cdrs).EachUnratedCDR(ctx, "2026-01-01", "", func(page []CDR) error {
				got += len(page)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.shape.items || cdrs.requests.Load() != tc.wantRequests {
				t.Errorf("CDRs: %d of %d records in %d requests, want all in %d",
					got, tc.shape.items, cdrs.requests.Load(), tc.wantRequests)
			}
		})
	}
}
