// Package mock is an in-memory stand-in for Colt's API gateway: the OAuth
// token endpoint, Wholesale SIP number management (free-number search,
// orders with asynchronous processing, inventory), Voice Address Management
// (a fixed address book), VAT validation and Voice Billing (call records
// and charges generated deterministically from the number and order
// history), plus /__mock control endpoints for fault injection and
// statistics. It is meant for tests, demos and benchmarks and keeps all
// state in memory. api/colt.yaml is the wire contract it implements.
package mock

import (
	"maps"
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
	defaultOrderDelay    = 2 * time.Second

	controlPrefix   = "/__mock/"
	trackingIDField = "X-Tracking-Id"
)

// Config configures a Server. The zero value is usable.
type Config struct {
	// Clients maps client_id to client_secret; nil or empty means DefaultClients().
	Clients map[string]string
	// TokenLifetime defaults to 1800 * time.Second.
	TokenLifetime time.Duration
	// Now is the clock used for iat/exp, for verifying tokens and for
	// processing orders; default time.Now.
	Now func() time.Time
	// OrderDelay is the duration of each asynchronous order step (Pending ->
	// InProgress -> Completed; one per porting status); default 2 * time.Second.
	OrderDelay time.Duration
	// Assumptions, when set, replaces DefaultAssumptions: the mock then
	// differs from the modelled Colt as it says. Reset keeps it.
	Assumptions *Assumptions
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
	TokenRequests int64 `json:"token_requests"`
	TokensIssued  int64 `json:"tokens_issued"`
	// APIRequests is keyed by method and route; routes with a path parameter
	// use the template, e.g. "GET /numberManagement/v1/order/{orderId}".
	APIRequests map[string]int64 `json:"api_requests"`
	// OrdersPlaced counts orders created, by orderType; idempotent replays
	// are not counted.
	OrdersPlaced map[string]int64 `json:"orders_placed"`
	// FaultsInjected counts the error answers Faults and FailNext gave.
	FaultsInjected int64 `json:"faults_injected"`
}

func newStats() Stats {
	return Stats{APIRequests: map[string]int64{}, OrdersPlaced: map[string]int64{}}
}

// Server is the mock gateway. It implements http.Handler and is safe for
// concurrent use.
type Server struct {
	clients  map[string]string
	lifetime time.Duration
	logf     func(format string, args ...any)

	mu         sync.Mutex
	now        func() time.Time
	key        []byte
	faults     Faults
	failNext   failNext
	stats      Stats
	orderDelay time.Duration // Config.OrderDelay; Faults.OrderDelay overrides it
	orderFault orderFaults
	assume     Assumptions // served now
	startWith  Assumptions // what Reset restores
	state      numberState
	voice      voiceState // addresses and consolidated CDR requests
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
	orderDelay := cfg.OrderDelay
	if orderDelay <= 0 {
		orderDelay = defaultOrderDelay
	}
	assume := DefaultAssumptions()
	if cfg.Assumptions != nil {
		assume = *cfg.Assumptions
		assume.OrderStatuses = maps.Clone(assume.OrderStatuses)
	}
	return &Server{
		assume:     assume,
		startWith:  assume,
		clients:    clients,
		lifetime:   lifetime,
		logf:       cfg.Logf,
		now:        now,
		key:        newSigningKey(),
		stats:      newStats(),
		orderDelay: orderDelay,
		state:      newNumberState(),
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

	rt, param := lookupRoute(r.URL.Path)
	key := r.Method + " " + r.URL.Path
	if rt != nil {
		key = r.Method + " " + rt.template
	}
	s.count(r, key)
	if s.redirect(rec, r) || !s.applyFaults(rec, r, key) {
		return
	}
	switch {
	case rt == nil:
		writeError(rec, errNotFound)
	case r.Method != rt.method:
		writeMethodNotAllowed(rec, rt.method)
	case s.takeDrop(key):
		s.serveDropped(rec, r, rt, param)
	default:
		rt.handle(s, rec, r, param)
	}
}

func (s *Server) count(r *http.Request, key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.URL.Path == tokenPath {
		s.stats.TokenRequests++
		return
	}
	s.stats.APIRequests[key]++
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
	out.APIRequests = maps.Clone(s.stats.APIRequests)
	out.OrdersPlaced = maps.Clone(s.stats.OrdersPlaced)
	return out
}

// OrdersPlaced returns how many orders of each orderType were created since
// creation or the last Reset; idempotent replays are not counted.
func (s *Server) OrdersPlaced() map[string]int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.stats.OrdersPlaced)
}

// Reset zeroes the counters and clears faults (including the order delay
// override), pending FailNext errors and the order faults (FailNextOrders,
// DropNextResponses, DelayNextPortIns), and restores the assumptions the
// server started with (Config.Assumptions). Inventory and orders are kept: use
// ResetState to clear them too. Issued tokens stay valid; use RevokeTokens
// for that.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resetLocked()
}

func (s *Server) resetLocked() {
	s.stats = newStats()
	s.faults = Faults{}
	s.failNext = failNext{}
	s.orderFault = orderFaults{}
	s.assume = s.startWith
	s.assume.OrderStatuses = maps.Clone(s.startWith.OrderStatuses)
}

// ResetState does what Reset does and also clears every client's orders,
// inventory, call history, validated addresses and consolidated CDR
// requests, so every pool number is free again. Order and request ids keep
// increasing.
func (s *Server) ResetState() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resetLocked()
	seq := s.state.seq
	s.state = newNumberState()
	s.state.seq = seq
	s.voice.reset()
}

// SetClock replaces the clock used for issuing and verifying tokens and for
// processing orders; nil restores time.Now.
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
