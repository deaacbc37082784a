package mock

// Holdings returns the numbers in a client's inventory with their status,
// and the numbers pending orders hold for it: what Colt would bill the
// account for. Tests compare it with Terraform's state.
func (s *Server) Holdings(client string) map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]string{}
	if cs, ok := s.state.clients[client]; ok {
		for n, e := range cs.numbers {
			out[n] = e.status
		}
	}
	for n, holder := range s.state.held {
		if _, listed := out[n]; !listed && holder == client {
			out[n] = "Held by a pending order"
		}
	}
	return out
}
