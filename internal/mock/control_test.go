package mock

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
)

func controlRequest(t *testing.T, method, url, body string) result {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	return do(t, req)
}

func TestStatsCountsAndReset(t *testing.T) {
	s, ts := startServer(t, Config{})
	if st := s.Stats(); st.APIRequests == nil {
		t.Fatal("APIRequests is nil")
	}
	tok := fetchToken(t, ts.URL).AccessToken
	bad := tokenRequest(t, ts.URL)
	bad.Header.Del("Authorization")
	do(t, bad)
	do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", tok))
	do(t, freeNumberRequest(t, ts.URL, "countryCode=FR", ""))
	controlRequest(t, http.MethodGet, ts.URL+"/nope", "")
	controlRequest(t, http.MethodGet, ts.URL+"/__mock/stats", "")

	st := s.Stats()
	if st.TokenRequests != 2 || st.TokensIssued != 1 {
		t.Errorf("token counters %+v", st)
	}
	want := map[string]int64{"GET " + freeNumberPath: 2, "GET /nope": 1}
	if len(st.APIRequests) != len(want) {
		t.Errorf("APIRequests %v, want %v", st.APIRequests, want)
	}
	for k, v := range want {
		if st.APIRequests[k] != v {
			t.Errorf("APIRequests[%q] = %d, want %d", k, st.APIRequests[k], v)
		}
	}

	st.APIRequests["GET /nope"] = 99
	if s.Stats().APIRequests["GET /nope"] != 1 {
		t.Error("Stats returned a shared map")
	}

	s.SetFaults(Faults{Unavailable: 1})
	s.FailNext(3, 500, "001")
	s.Reset()
	if st := s.Stats(); st.TokenRequests != 0 || st.TokensIssued != 0 || len(st.APIRequests) != 0 || st.APIRequests == nil {
		t.Errorf("after reset %+v", st)
	}
	if res := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", tok)); res.status != http.StatusOK {
		t.Errorf("faults survived Reset (or token was revoked): %d", res.status)
	}
}

func TestStatsConcurrent(t *testing.T) {
	s, ts := startServer(t, Config{})
	var wg sync.WaitGroup
	for range 100 {
		req := tokenRequest(t, ts.URL)
		wg.Go(func() {
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			_ = resp.Body.Close()
			_ = s.Stats()
		})
	}
	wg.Wait()
	if st := s.Stats(); st.TokenRequests != 100 || st.TokensIssued != 100 {
		t.Errorf("stats %+v", st)
	}
}

func TestControlEndpointsOverHTTP(t *testing.T) {
	s, ts := startServer(t, Config{})
	tok := fetchToken(t, ts.URL).AccessToken

	res := controlRequest(t, http.MethodGet, ts.URL+"/__mock/stats", "")
	if res.status != http.StatusOK || res.header.Get("Content-Type") != "application/json" {
		t.Fatalf("stats: %d %v", res.status, res.header)
	}
	var st Stats
	if err := json.Unmarshal(res.body, &st); err != nil {
		t.Fatal(err)
	}
	if st.TokenRequests != 1 || st.TokensIssued != 1 {
		t.Errorf("stats %+v", st)
	}

	res = controlRequest(t, http.MethodPost, ts.URL+"/__mock/faults",
		`{"latency_ms":0,"unavailable":0,"token_failure":1,"fail_next":{"count":2,"status":503,"code":"001"}}`)
	if res.status != http.StatusNoContent {
		t.Fatalf("faults: %d %s", res.status, res.body)
	}
	for i, want := range []int{503, 503, 500} {
		if got := do(t, tokenRequest(t, ts.URL)).status; got != want {
			t.Errorf("request %d after faults: %d, want %d", i, got, want)
		}
	}

	for _, body := range []string{`{"unavailable":2}`, `{"latency_ms":-1}`, `{"bogus":1}`, `not json`,
		`{"fail_next":{"count":1,"status":200,"code":"001"}}`} {
		res := controlRequest(t, http.MethodPost, ts.URL+"/__mock/faults", body)
		if res.status != http.StatusBadRequest {
			t.Errorf("faults %s: status %d", body, res.status)
		}
		res.apiError(t)
	}

	if res := controlRequest(t, http.MethodPost, ts.URL+"/__mock/reset", ""); res.status != http.StatusNoContent {
		t.Fatalf("reset: %d", res.status)
	}
	res = controlRequest(t, http.MethodGet, ts.URL+"/__mock/stats", "")
	if strings.TrimSpace(string(res.body)) != `{"token_requests":0,"tokens_issued":0,"api_requests":{},"orders_placed":{},"faults_injected":0}` {
		t.Errorf("stats after reset: %s", res.body)
	}
	if got := do(t, tokenRequest(t, ts.URL)).status; got != http.StatusOK {
		t.Errorf("faults survived reset: %d", got)
	}

	if got := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", tok)).status; got != http.StatusOK {
		t.Fatalf("before revoke: %d", got)
	}
	if res := controlRequest(t, http.MethodPost, ts.URL+"/__mock/revoke", ""); res.status != http.StatusNoContent {
		t.Fatalf("revoke: %d", res.status)
	}
	if got := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB", tok)).status; got != http.StatusUnauthorized {
		t.Errorf("after revoke: %d", got)
	}

	if st := s.Stats(); st.APIRequests["GET /__mock/stats"] != 0 || len(st.APIRequests) != 1 {
		t.Errorf("control requests were counted: %v", st.APIRequests)
	}
}

func TestControlRoutingErrors(t *testing.T) {
	_, ts := startServer(t, Config{})
	for _, tc := range []struct {
		method, path string
		status       int
	}{
		{http.MethodPost, "/__mock/stats", http.StatusMethodNotAllowed},
		{http.MethodGet, "/__mock/reset", http.StatusMethodNotAllowed},
		{http.MethodGet, "/__mock/unknown", http.StatusNotFound},
		{http.MethodGet, "/", http.StatusNotFound},
		{http.MethodGet, "/numberManagement/v1/Numbers", http.StatusNotFound},
		{http.MethodGet, "/numberManagement/v1/order/a/b", http.StatusNotFound},
		{http.MethodGet, "/numberManagement/v1/reservation/order", http.StatusMethodNotAllowed},
		{http.MethodPost, "/numberManagement/v1/order/ORD-1", http.StatusMethodNotAllowed},
	} {
		res := controlRequest(t, tc.method, ts.URL+tc.path, "")
		if res.status != tc.status {
			t.Errorf("%s %s: status %d, want %d", tc.method, tc.path, res.status, tc.status)
			continue
		}
		if e := res.apiError(t); e.Message == "" || e.Code == "" {
			t.Errorf("%s %s: error %+v", tc.method, tc.path, e)
		}
	}
}
