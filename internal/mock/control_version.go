package mock

import "net/http"

// ControlAPIVersion versions the /__mock control API (its paths, bodies and
// answers) as the guide "Testing your configurations with colt-mock"
// describes it. It changes only when a change would break a pipeline that
// drives colt-mock; additions keep it.
const ControlAPIVersion = "1"

// serveVersion answers GET /__mock/version.
func (s *Server) serveVersion(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"control_api": ControlAPIVersion})
}
