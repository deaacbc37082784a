// Package mock is an in-memory stand-in for Colt's API gateway: the OAuth
// token endpoint and the Voice freeNumber search, plus /__mock control
// endpoints for fault injection and statistics. It is meant for tests, demos
// and benchmarks and keeps all state in memory.
package mock

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

// DefaultClientID and DefaultClientSecret are the credentials accepted when
// Config.Clients is empty.
const (
	DefaultClientID     = "colt-demo-client"
	DefaultClientSecret = "colt-demo-secret"
)

const (
	defaultTokenLifetime = 1800 * time.Second

	tokenPath       = "/authentication/v1/oauth/token"
	freeNumberPath  = "/numberManagement/v1/freeNumber"
	controlPrefix   = "/__mock/"
	trackingIDField = "X-Tracking-Id"
)

// Config configures a Server. The zero value is usable.
type Config struct {
	// Clients maps client_id to client_secret; nil or empty means DefaultClients().
	Clients map[string]string
	// TokenLifetime defaults to 1800 * time.Second.
	TokenLifetime time.Duration
	// Now is the clock used for iat/exp and for verifying tokens; default time.Now.
	Now func() time.Time
	// Logf, when set, receives one line per request: method, path, status,
	// duration and x-tracking-id. Credentials and tokens are never logged.
	Logf func(format string, args ...any)
}

// DefaultClients returns a fresh map holding the demo client.
func DefaultClients() map[string]string {
	return map[string]string{DefaultClientID: DefaultClientSecret}
}

// Stats counts the requests the server has seen since creation or the last Reset.
type Stats struct {
	TokenRequests int64            `json:"token_requests"`
	TokensIssued  int64            `json:"tokens_issued"`
	APIRequests   map[string]int64 `json:"api_requests"`
}

// Server is the mock gateway. It implements http.Handler and is safe for
// concurrent use.
type Server struct {
	clients  map[string]string
	lifetime time.Duration
	logf     func(format string, args ...any)

	mu       sync.Mutex
	now      func() time.Time
	key      []byte
	faults   Faults
	failNext failNext
	stats    Stats
}

// New returns a Server configured by cfg.
func New(cfg Config) *Server {
	clients := make(map[string]string, len(cfg.Clients))
	for id, secret := range cfg.Clients {
		clients[id] = secret
	}
	if len(clients) == 0 {
		clients = DefaultClients()
	}
	lifetime := cfg.TokenLifetime
	if lifetime <= 0 {
		lifetime = defaultTokenLifetime
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	return &Server{
		clients:  clients,
		lifetime: lifetime,
		logf:     cfg.Logf,
		now:      now,
		key:      newSigningKey(),
		stats:    Stats{APIRequests: map[string]int64{}},
	}
}

// ServeHTTP routes a request. Every non-/__mock request is counted, delayed
// by the configured latency and exposed to fault injection before it reaches
// its handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	trackingID := r.Header.Get(trackingIDField)
	if strings.TrimSpace(trackingID) != "" {
		rec.Header().Set(trackingIDField, trackingID)
	}
	defer func() {
		if s.logf != nil {
			s.logf("%s %s %d %s x-tracking-id=%q", r.Method, r.URL.Path, rec.status, time.Since(start).Round(time.Microsecond), trackingID)
		}
	}()

	if strings.HasPrefix(r.URL.Path, controlPrefix) {
		s.serveControl(rec, r)
		return
	}

	s.count(r)
	if !s.applyFaults(rec, r) {
		return
	}
	switch r.URL.Path {
	case tokenPath:
		if r.Method != http.MethodPost {
			writeMethodNotAllowed(rec, http.MethodPost)
			return
		}
		s.serveToken(rec, r)
	case freeNumberPath:
		if r.Method != http.MethodGet {
			writeMethodNotAllowed(rec, http.MethodGet)
			return
		}
		s.serveFreeNumbers(rec, r)
	default:
		writeError(rec, errNotFound)
	}
}

func (s *Server) count(r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.URL.Path == tokenPath {
		s.stats.TokenRequests++
		return
	}
	s.stats.APIRequests[r.Method+" "+r.URL.Path]++
}

func (s *Server) countTokenIssued() {
	s.mu.Lock()
	s.stats.TokensIssued++
	s.mu.Unlock()
}

// Stats returns a copy of the counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.stats
	out.APIRequests = make(map[string]int64, len(s.stats.APIRequests))
	for k, v := range s.stats.APIRequests {
		out.APIRequests[k] = v
	}
	return out
}

// Reset zeroes the counters and clears faults and pending FailNext errors.
// Issued tokens stay valid; use RevokeTokens for that.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stats = Stats{APIRequests: map[string]int64{}}
	s.faults = Faults{}
	s.failNext = failNext{}
}

// SetClock replaces the clock used for issuing and verifying tokens; nil
// restores time.Now.
func (s *Server) SetClock(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.mu.Lock()
	s.now = now
	s.mu.Unlock()
}

func (s *Server) currentTime() time.Time {
	s.mu.Lock()
	now := s.now
	s.mu.Unlock()
	return now()
}

type statusRecorder struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status = code
		r.wroteHeader = true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.ResponseWriter.Write(b)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
