package mock

import "time"

// advance processes, in time order, every order step and reservation lapse
// due by now. Processing is lazy: each number-management request calls it
// first, so a fake clock (Config.Now, SetClock) drives it. Callers hold s.mu.
func (s *Server) advance(now time.Time) {
	st, delay := &s.state, s.currentOrderDelay()
	for {
		var next *order
		var at time.Time
		lapse := false
		// Steps before lapses at the same instant; earlier orders first.
		for _, o := range st.active {
			if !o.nextAt.After(now) && (next == nil || o.nextAt.Before(at)) {
				next, at = o, o.nextAt
			}
		}
		for _, r := range st.lapsing {
			if !r.expiresAt.After(now) && (next == nil || r.expiresAt.Before(at)) {
				next, at, lapse = r, r.expiresAt, true
			}
		}
		switch {
		case next == nil:
			return
		case lapse:
			st.lapse(next)
		default:
			st.step(next, at, delay)
		}
	}
}

// step moves o to its next status, or ends it; the following step is due
// one delay later.
func (st *numberState) step(o *order, at time.Time, delay time.Duration) {
	s := o.steps[o.next]
	o.next++
	if s.final {
		st.finish(o, at)
		return
	}
	o.view.Status = s.status
	if s.porting != "" {
		o.view.PortingStatus = s.porting
	}
	o.nextAt = at.Add(delay)
}

// finish completes o, applying its effects, or fails it when a failure was
// injected or its effects no longer apply.
func (st *numberState) finish(o *order, at time.Time) {
	if o.failure != nil {
		st.failOrder(o, at, *o.failure)
		return
	}
	if f := o.req.complete(st, st.client(o.client), o, at); f != nil {
		st.failOrder(o, at, *f)
		return
	}
	st.recordService(o, at)
	st.deactivate(o)
	done := at.UTC()
	o.view.Status, o.view.CompletedAt = orderCompleted, &done
}

// failOrder ends o Failed without its effects and releases what it held.
func (st *numberState) failOrder(o *order, at time.Time, f orderFailure) {
	st.deactivate(o)
	done := at.UTC()
	o.view.Status, o.view.CompletedAt = orderFailed, &done
	o.view.FailureCode, o.view.FailureReason = f.code, f.reason
	o.req.release(st, st.client(o.client), o, at)
}

// OrdersInFlight is how many orders are still pending or in progress.
func (s *Server) OrdersInFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.advance(s.now())
	return len(s.state.active)
}
