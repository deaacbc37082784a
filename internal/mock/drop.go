package mock

import "net/http"

// DropNextResponses makes the next k requests to route (a Stats key such as
// "POST /numberManagement/v1/reservation/order") lose their answer: the
// request is fully processed (an order is created) but the connection is
// closed without a response. k <= 0 cancels for that route.
func (s *Server) DropNextResponses(k int, route string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.orderFault.drop == nil {
		s.orderFault.drop = map[string]int{}
	}
	if k <= 0 {
		delete(s.orderFault.drop, route)
		return
	}
	s.orderFault.drop[route] = k
}

func (s *Server) takeDrop(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.orderFault.drop[key]
	if n <= 0 {
		return false
	}
	if n == 1 {
		delete(s.orderFault.drop, key)
	} else {
		s.orderFault.drop[key] = n - 1
	}
	return true
}

// serveDropped handles the request into the void, then hijacks the
// connection and closes it. Where hijacking is not possible (HTTP/2, a
// wrapping recorder) it aborts the handler, which also closes the
// connection (or resets the stream) without an answer.
func (s *Server) serveDropped(w http.ResponseWriter, r *http.Request, rt *route, param string) {
	rt.handle(s, &discardWriter{header: http.Header{}}, r, param)
	if rec, ok := w.(*statusRecorder); ok {
		rec.status = 0 // logged as no answer
	}
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}

type discardWriter struct {
	header http.Header
}

func (d *discardWriter) Header() http.Header         { return d.header }
func (d *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (d *discardWriter) WriteHeader(int)             {}
