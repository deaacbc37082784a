package mock

import (
	"net/http"
	"sync"
	"testing"
	"time"
)

func TestFailNextFailsExactlyK(t *testing.T) {
	s, ts := startServer(t, Config{})
	s.FailNext(2, 503, "001")
	for i, want := range []int{503, 503, 200, 200} {
		res := do(t, tokenRequest(t, ts.URL))
		if res.status != want {
			t.Fatalf("request %d: status %d, want %d", i, res.status, want)
		}
		if want == 503 && res.header.Get("Retry-After") != "1" {
			t.Errorf("request %d: Retry-After %q", i, res.header.Get("Retry-After"))
		}
	}
}

func TestFailNextConcurrent(t *testing.T) {
	s, ts := startServer(t, Config{})
	const k, n = 30, 100
	s.FailNext(k, 500, "002")
	statuses := make(chan int, n)
	var wg sync.WaitGroup
	for range n {
		req := tokenRequest(t, ts.URL)
		wg.Go(func() {
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			_ = resp.Body.Close()
			statuses <- resp.StatusCode
		})
	}
	wg.Wait()
	close(statuses)
	counts := map[int]int{}
	for st := range statuses {
		counts[st]++
	}
	if counts[500] != k || counts[200] != n-k {
		t.Errorf("status counts %v, want %d×500 and %d×200", counts, k, n-k)
	}
	if st := s.Stats(); st.TokenRequests != n || st.TokensIssued != n-k {
		t.Errorf("stats %+v", st)
	}
}

func TestFailNextRows(t *testing.T) {
	cases := []struct {
		status     int
		code       string
		reason     string
		retryAfter string
	}{
		{500, "001", "Internal error", ""},
		{500, "002", "internal error", ""},
		{503, "001", "service unavailable", "1"},
		{429, "001", "Too many requests", "1"},
		{502, "001", "Bad Gateway", ""},
	}
	for _, tc := range cases {
		s, ts := startServer(t, Config{})
		s.FailNext(1, tc.status, tc.code)
		res := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", ""))
		if res.status != tc.status {
			t.Fatalf("status %d, want %d", res.status, tc.status)
		}
		e := res.apiError(t)
		if e.Code != tc.code || e.Reason != tc.reason || e.Message == "" {
			t.Errorf("%d/%s: got %+v", tc.status, tc.code, e)
		}
		if got := res.header.Get("Retry-After"); got != tc.retryAfter {
			t.Errorf("%d/%s: Retry-After %q, want %q", tc.status, tc.code, got, tc.retryAfter)
		}
		// The next request is no longer faulted: no token, so 401.
		if res := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", "")); res.status != http.StatusUnauthorized {
			t.Errorf("after fault: status %d", res.status)
		}
	}
}

func TestFailNextZeroCancels(t *testing.T) {
	s, ts := startServer(t, Config{})
	s.FailNext(5, 503, "001")
	s.FailNext(0, 503, "001")
	if res := do(t, tokenRequest(t, ts.URL)); res.status != http.StatusOK {
		t.Errorf("status %d", res.status)
	}
}

func TestUnavailableAlways503(t *testing.T) {
	s, ts := startServer(t, Config{})
	s.SetFaults(Faults{Unavailable: 1})
	for range 20 {
		if res := do(t, tokenRequest(t, ts.URL)); res.status != http.StatusServiceUnavailable {
			t.Fatalf("token: status %d", res.status)
		}
		if res := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", "")); res.status != http.StatusServiceUnavailable {
			t.Fatalf("freeNumber: status %d", res.status)
		}
	}
	// Control endpoints are never faulted.
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/__mock/stats", nil)
	if res := do(t, req); res.status != http.StatusOK {
		t.Errorf("stats: status %d", res.status)
	}
	if got := s.Stats().FaultsInjected; got != 40 {
		t.Errorf("faults_injected = %d, want 40", got)
	}
}

// Jitter adds a random delay below it: over 40 requests, some are slower
// than others, and none is slower than latency + jitter allows.
func TestJitterVariesLatency(t *testing.T) {
	s, ts := startServer(t, Config{})
	s.SetFaults(Faults{JitterMS: 40})
	var fastest, slowest time.Duration
	for i := range 40 {
		start := time.Now()
		do(t, tokenRequest(t, ts.URL))
		d := time.Since(start)
		if i == 0 || d < fastest {
			fastest = d
		}
		slowest = max(slowest, d)
	}
	if slowest-fastest < 10*time.Millisecond {
		t.Errorf("requests took %v to %v: no jitter", fastest, slowest)
	}
}

func TestTokenFailureOnlyOnTokenRoute(t *testing.T) {
	s, ts := startServer(t, Config{})
	tok := fetchToken(t, ts.URL).AccessToken
	s.SetFaults(Faults{TokenFailure: 1})
	if res := do(t, tokenRequest(t, ts.URL)); res.status != http.StatusInternalServerError {
		t.Errorf("token: status %d", res.status)
	}
	if res := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", tok)); res.status != http.StatusOK {
		t.Errorf("freeNumber: status %d", res.status)
	}
}

func TestLatencyApplied(t *testing.T) {
	s, ts := startServer(t, Config{})
	const latency = 80 * time.Millisecond
	s.SetFaults(Faults{Latency: latency})
	start := time.Now()
	do(t, tokenRequest(t, ts.URL))
	if d := time.Since(start); d < latency {
		t.Errorf("request took %v, want at least %v", d, latency)
	}

	s.SetFaults(Faults{LatencyMS: 80})
	start = time.Now()
	do(t, tokenRequest(t, ts.URL))
	if d := time.Since(start); d < latency {
		t.Errorf("LatencyMS: request took %v, want at least %v", d, latency)
	}

	start = time.Now()
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/__mock/stats", nil)
	do(t, req)
	if d := time.Since(start); d >= latency {
		t.Errorf("control endpoint delayed by %v", d)
	}
}

func TestSetFaultsClampsProbabilities(t *testing.T) {
	s := New(Config{})
	s.SetFaults(Faults{Unavailable: 7, TokenFailure: -1, Latency: -time.Second})
	s.mu.Lock()
	f := s.faults
	s.mu.Unlock()
	if f.Unavailable != 1 || f.TokenFailure != 0 || f.Latency != 0 {
		t.Errorf("faults %+v", f)
	}
}
