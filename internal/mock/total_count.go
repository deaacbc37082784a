package mock

import (
	"encoding/json"
	"net/http"
)

// writeList answers 200 with a list response. Without the TotalCount
// assumption its totalCount field is absent altogether, as from a gateway
// that does not count.
func (s *Server) writeList(w http.ResponseWriter, v any) {
	s.mu.Lock()
	withTotal := s.assume.TotalCount
	s.mu.Unlock()
	if withTotal {
		writeJSON(w, http.StatusOK, v)
		return
	}
	body, err := json.Marshal(v)
	var fields map[string]json.RawMessage
	if err == nil {
		err = json.Unmarshal(body, &fields)
	}
	if err == nil {
		delete(fields, "totalCount")
		body, err = json.Marshal(fields)
	}
	writeEncoded(w, http.StatusOK, body, err)
}
