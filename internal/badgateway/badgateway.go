// Package badgateway stands between a client and a server (colt-mock in the
// tests) and answers chosen requests as a broken gateway does: it stalls
// after the headers, never answers, drips the body a byte a second, or cuts
// the connection mid-body. Every answer it holds back ends when the client
// goes away, or after MaxHold, so a test's server always closes.
package badgateway

import (
	"net/http"
	"time"
)

// Mode is one way of misbehaving.
type Mode string

const (
	StallAfterHeaders Mode = "stall-after-headers" // a 200's headers, then nothing
	NeverAnswer       Mode = "never-answer"        // the request is read, no byte comes back
	Drip              Mode = "drip"                // a 200 whose body comes a byte a second
	CutMidBody        Mode = "cut-mid-body"        // a 200 whose connection closes part-way through the body
)

// Modes are all the ways, for tests that try each.
var Modes = []Mode{StallAfterHeaders, NeverAnswer, Drip, CutMidBody}

// MaxHold bounds how long an answer is held back when the client never
// goes away.
const MaxHold = 2 * time.Minute

// DripInterval is how long Drip waits between bytes.
const DripInterval = time.Second

// Wrap returns a middleware that answers the requests for which hit is true
// in mode's way and passes the others to the next handler.
func Wrap(mode Mode, hit func(*http.Request) bool) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !hit(r) {
				next.ServeHTTP(w, r)
				return
			}
			misbehave(mode, w, r)
		})
	}
}

const body = `{"freeNumbers":[{"number":"+442071230000"}],"numbers":[],"orders":[]}`

func misbehave(mode Mode, w http.ResponseWriter, r *http.Request) {
	hold := time.NewTimer(MaxHold)
	defer hold.Stop()
	wait := func(d time.Duration) bool {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-r.Context().Done():
			return false
		case <-hold.C:
			return false
		case <-t.C:
			return true
		}
	}
	flusher, _ := w.(http.Flusher)
	switch mode {
	case NeverAnswer:
		wait(MaxHold)
	case StallAfterHeaders:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		flusher.Flush()
		wait(MaxHold)
	case Drip:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		flusher.Flush()
		for wait(DripInterval) {
			if _, err := w.Write([]byte{' '}); err != nil {
				return
			}
			flusher.Flush()
		}
	case CutMidBody:
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", "1000")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(body[:len(body)/2]))
		flusher.Flush()
		panic(http.ErrAbortHandler) // closes the connection without a log line
	}
}
