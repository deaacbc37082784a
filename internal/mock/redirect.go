package mock

import "net/http"

// redirect answers 307 to the same path (and query) under RedirectTo when
// that assumption is set, as a gateway moved elsewhere would. It reports
// whether it answered.
func (s *Server) redirect(w http.ResponseWriter, r *http.Request) bool {
	to := s.assumed().RedirectTo
	if to == "" {
		return false
	}
	target := to + r.URL.Path
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusTemporaryRedirect)
	return true
}
