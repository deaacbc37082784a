package colt

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// The client's hot paths, for `go test -bench . -benchmem`: each reports
// allocations; those that reach the mock also report requests per op.

// BenchmarkTokenContended is many goroutines (Terraform's parallelism and
// more) asking one client for its token at once, after the first fetch:
// the cost of sharing, which must stay one token request in all.
func BenchmarkTokenContended(b *testing.B) {
	m, base := startMockB(b)
	c, err := New(benchConfig(b, base))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Token(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.SetParallelism(16)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := c.Token(context.Background()); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	if n := m.Stats().TokenRequests; n != 1 {
		b.Fatalf("%d token requests, want 1", n)
	}
}

// stubTransport answers every request with body, without a network: what
// remains is the client's own cost of building, sending and reading a call.
type stubTransport struct{ body []byte }

func (s stubTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		_, _ = io.Copy(io.Discard, r.Body)
		_ = r.Body.Close()
	}
	return &http.Response{
		StatusCode: http.StatusOK, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        http.Header{"Content-Type": {"application/json"}},
		Body:          io.NopCloser(bytes.NewReader(s.body)),
		ContentLength: int64(len(s.body)),
		Request:       r,
	}, nil
}

func stubClient(b *testing.B, body string) *Client {
	b.Helper()
	u, err := ParseBaseURL("https://colt.invalid")
	if err != nil {
		b.Fatal(err)
	}
	c, err := New(Config{BaseURL: u, AccessToken: "bench-token", Transport: stubTransport{body: []byte(body)}})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkRequestBuild is one call through the whole client stack (token,
// URL and query, JSON body, retry wrapper, tracking id, bounded body) to a
// transport that answers at once.
func BenchmarkRequestBuild(b *testing.B) {
	b.Run("GET inventory page", func(b *testing.B) {
		c := stubClient(b, `{"numbers":[],"totalCount":0}`)
		q := url.Values{"countryCode": {"GB"}, "numberRangeStart": {"+442071234560000"},
			"numberRangeEnd": {"+442071234560099"}, "offset": {"0"}, "limit": {"200"}}
		req := call{op: "search number inventory", method: http.MethodGet, path: inventoryPath, query: q, idempotent: true}
		b.ReportAllocs()
		for b.Loop() {
			var page pageOf[numberPage]
			if err := c.do(context.Background(), req, &page); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("POST order", func(b *testing.B) {
		c := stubClient(b, `{"orderId":"ORD-00000001","status":"Pending"}`)
		body := struct {
			CustomerReference string `json:"customerReference"`
			CountryCode       string `json:"countryCode"`
			AreaCode          string `json:"areaCode"`
			Quantity          int    `json:"quantity"`
		}{"bench-0001", "GB", "20", 1}
		req := call{op: "place a reservation order", method: http.MethodPost, path: "/numberManagement/v1/reservation/order", body: body}
		b.ReportAllocs()
		for b.Loop() {
			var out struct {
				OrderID string `json:"orderId"`
				Status  string `json:"status"`
			}
			if err := c.do(context.Background(), req, &out); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// inventoryBody is an inventory page of n reserved numbers as the mock
// sends it.
func inventoryBody(b *testing.B, n int) []byte {
	b.Helper()
	expires := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	page := numberPage{TotalCount: n}
	for i := range n {
		page.Numbers = append(page.Numbers, NumberDetail{
			Number: fmt.Sprintf("+44207123456%04d", i), CountryCode: "GB", AreaCode: "20",
			Status: StatusReserved, ReservationExpiresAt: &expires,
			CustomerReference: fmt.Sprintf("bench-%04d", i), OrderIDs: []string{fmt.Sprintf("ORD-%08d", i+1)},
			NumberType: "geographic",
		})
	}
	raw, err := json.Marshal(page)
	if err != nil {
		b.Fatal(err)
	}
	return raw
}

// BenchmarkDecodeInventoryPage is reading one inventory answer into a page,
// paging fields included.
func BenchmarkDecodeInventoryPage(b *testing.B) {
	for _, n := range []int{10, PageLimit} {
		b.Run(fmt.Sprintf("%d numbers", n), func(b *testing.B) {
			body := inventoryBody(b, n)
			req := call{op: "search number inventory"}
			r, err := http.NewRequest(http.MethodGet, "https://colt.invalid"+inventoryPath, nil)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				resp := &http.Response{StatusCode: http.StatusOK, Request: r,
					Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(bytes.NewReader(body))}
				var page pageOf[numberPage]
				if err := readAnswer(req, resp, &page, nil); err != nil {
					b.Fatal(err)
				}
				if len(page.items.Numbers) != n {
					b.Fatalf("decoded %d numbers, want %d", len(page.items.Numbers), n)
				}
			}
		})
	}
}

// BenchmarkLookupBatching is one refresh of 100 numbers (one block each,
// spread over 1,000 numbers in ten countries): 100 concurrent look-ups
// that the client gathers into inventory range queries. requests/op is
// what a refresh of 100 costs; the fewer, the better the batching.
func BenchmarkLookupBatching(b *testing.B) {
	m, base := startMockB(b)
	if _, err := m.Seed(mock.DefaultClientID, mock.Seed{Numbers: 1000}); err != nil {
		b.Fatal(err)
	}
	c, err := New(benchConfig(b, base))
	if err != nil {
		b.Fatal(err)
	}
	held, err := c.ListNumbers(context.Background(), NumberQuery{})
	if err != nil {
		b.Fatal(err)
	}
	var wanted []string
	for i := 0; i < len(held); i += 10 {
		wanted = append(wanted, held[i].Number)
	}
	m.Reset()
	b.ReportAllocs()
	for b.Loop() {
		var wg sync.WaitGroup
		for _, n := range wanted {
			wg.Go(func() {
				found, err := c.Refresh().LookupNumbers(context.Background(), []string{n})
				if err != nil || len(found) != 1 {
					b.Errorf("look-up of %s: %d found, %v", n, len(found), err)
				}
			})
		}
		wg.Wait()
	}
	b.StopTimer()
	requests := m.Stats().APIRequests["GET "+inventoryPath]
	b.ReportMetric(float64(requests)/float64(b.N), "requests/op")
	b.ReportMetric(float64(len(wanted)*b.N)/float64(max(requests, 1)), "lookups/request")
}

// BenchmarkRangeGroups is sorting 1,000 numbers of ten countries into
// range queries, the CPU side of a batched refresh.
func BenchmarkRangeGroups(b *testing.B) {
	numbers := map[string]bool{}
	for i := range 1000 {
		cc := []string{"44207", "3314", "49301", "3491", "3120", "3531", "4318", "4144", "3906", "4621"}[i%10]
		numbers[fmt.Sprintf("+%s%s%04d", cc, strings.Repeat("7", 11-len(cc)), i)] = true
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(rangeGroups(numbers)) == 0 {
			b.Fatal("no groups")
		}
	}
}
