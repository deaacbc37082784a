package mock

import (
	"math"
	"math/rand/v2"
	"net/http"
	"time"
)

// Faults configures injected failures. Probabilities are clamped to [0,1].
type Faults struct {
	// Latency is added before answering every non-/__mock request.
	Latency time.Duration `json:"-"`
	// LatencyMS is the JSON form of Latency; SetFaults uses it only when
	// Latency is zero.
	LatencyMS int64 `json:"latency_ms"`
	// Jitter adds a uniformly random delay in [0, Jitter) to Latency.
	Jitter time.Duration `json:"-"`
	// JitterMS is the JSON form of Jitter; SetFaults uses it only when
	// Jitter is zero.
	JitterMS int64 `json:"jitter_ms,omitempty"`
	// Unavailable is the probability of answering 503/001 on any non-/__mock route.
	Unavailable float64 `json:"unavailable"`
	// TokenFailure is the probability of answering 500/002 on the token route.
	TokenFailure float64 `json:"token_failure"`
	// OrderDelay, when positive, replaces Config.OrderDelay as the duration
	// of each asynchronous order step (steps already scheduled keep their
	// time).
	OrderDelay time.Duration `json:"-"`
	// OrderDelayMS is the JSON form of OrderDelay; SetFaults uses it only
	// when OrderDelay is zero.
	OrderDelayMS int64 `json:"order_delay_ms,omitempty"`
}

type failNext struct {
	remaining int
	row       apiError
	route     string // a Stats key; "" for any request
}

// SetFaults replaces the fault configuration. Pending FailNext errors are kept.
func (s *Server) SetFaults(f Faults) {
	if f.Latency == 0 && f.LatencyMS > 0 {
		f.Latency = time.Duration(f.LatencyMS) * time.Millisecond
	}
	if f.Latency < 0 {
		f.Latency = 0
	}
	f.LatencyMS = f.Latency.Milliseconds()
	if f.Jitter == 0 && f.JitterMS > 0 {
		f.Jitter = time.Duration(f.JitterMS) * time.Millisecond
	}
	f.Jitter = max(f.Jitter, 0)
	f.JitterMS = f.Jitter.Milliseconds()
	if f.OrderDelay == 0 && f.OrderDelayMS > 0 {
		f.OrderDelay = time.Duration(f.OrderDelayMS) * time.Millisecond
	}
	f.OrderDelay = max(f.OrderDelay, 0)
	f.OrderDelayMS = f.OrderDelay.Milliseconds()
	f.Unavailable = clampProbability(f.Unavailable)
	f.TokenFailure = clampProbability(f.TokenFailure)
	s.mu.Lock()
	s.faults = f
	s.mu.Unlock()
}

// FailNext makes the next k non-/__mock requests answer the error row for
// status and code (for example 503 "001", 500 "002", 429 "001"); k <= 0
// cancels pending failures.
func (s *Server) FailNext(k int, status int, code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k <= 0 {
		s.failNext = failNext{}
		return
	}
	s.failNext = failNext{remaining: k, row: errorRow(status, code)}
}

// FailNextOn is FailNext for the requests to one route only (a Stats key
// such as "POST /numberManagement/v1/reservation/order"); Colt processes
// nothing of a request answered so.
func (s *Server) FailNextOn(route string, k int, status int, code string) {
	s.FailNext(k, status, code)
	s.mu.Lock()
	s.failNext.route = route
	s.mu.Unlock()
}

// applyFaults delays the request and answers an injected error if one is
// due. It reports whether the request should be handled normally.
func (s *Server) applyFaults(w http.ResponseWriter, r *http.Request, key string) bool {
	s.mu.Lock()
	f := s.faults
	s.mu.Unlock()

	delay := f.Latency
	if f.Jitter > 0 {
		delay += rand.N(f.Jitter)
	}
	if delay > 0 {
		t := time.NewTimer(delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return false
		}
	}

	// fail-next is consumed after the delay so that a request cancelled
	// while sleeping does not use up an injected failure.
	s.mu.Lock()
	if s.failNext.remaining > 0 && (s.failNext.route == "" || s.failNext.route == key) {
		s.failNext.remaining--
		row := s.failNext.row
		s.stats.FaultsInjected++
		s.mu.Unlock()
		writeError(w, row)
		return false
	}
	s.mu.Unlock()

	if f.Unavailable > 0 && rand.Float64() < f.Unavailable {
		s.countFault()
		writeError(w, errUnavailable)
		return false
	}
	if r.URL.Path == tokenPath && f.TokenFailure > 0 && rand.Float64() < f.TokenFailure {
		s.countFault()
		writeError(w, errTokenGeneration)
		return false
	}
	return true
}

func (s *Server) countFault() {
	s.mu.Lock()
	s.stats.FaultsInjected++
	s.mu.Unlock()
}

func clampProbability(p float64) float64 {
	if math.IsNaN(p) || p < 0 {
		return 0
	}
	return math.Min(p, 1)
}
