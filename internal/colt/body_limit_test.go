package colt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// writeLarge writes size bytes of filler (after prefix) in 1 MiB pieces,
// flushing each so no Content-Length is sent unless declared; it stops
// when the client hangs up.
func writeLarge(w http.ResponseWriter, prefix string, size int, declareLength bool) {
	if declareLength {
		w.Header().Set("Content-Length", strconv.Itoa(size))
	}
	if _, err := io.WriteString(w, prefix); err != nil {
		return
	}
	piece := bytes.Repeat([]byte("a"), 1<<20)
	for left := size - len(prefix); left > 0; left -= len(piece) {
		if _, err := w.Write(piece[:min(left, len(piece))]); err != nil {
			return
		}
		w.(http.Flusher).Flush()
	}
}

// apiServer answers the token call normally and every API call with api.
func apiServer(t *testing.T, api http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == TokenPath {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"access_token":"tok-1","token_type":"Bearer","expires_in":1800}`)
			return
		}
		api(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func wantTooLarge(t *testing.T, err error, limit string) {
	t.Helper()
	if !errors.Is(err, ErrBodyTooLarge) {
		t.Fatalf("err = %v, want a body too large", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "too large") || !strings.Contains(msg, limit) || !strings.Contains(msg, "[x-tracking-id ") {
		t.Errorf("message %q does not say too large, the limit %s and the tracking id", msg, limit)
	}
}

// A 50 MB answer is "too large" with its limit, not "unexpected EOF",
// whether its size is declared or not.
func TestSuccessBodyOverTheLimit(t *testing.T) {
	for _, declared := range []bool{true, false} {
		t.Run(fmt.Sprintf("content-length %v", declared), func(t *testing.T) {
			srv := apiServer(t, func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				writeLarge(w, `{"freeNumbers":[],"totalCount":0,"padding":"`, 50<<20, declared)
			})
			_, err := newClient(t, testConfig(t, srv.URL)).SearchFreeNumbers(context.Background(), gbQuery)
			wantTooLarge(t, err, "32 MiB")
			if !strings.HasPrefix(err.Error(), "search free numbers: Colt's answer (HTTP 200) is too large") {
				t.Errorf("message %q does not name the call", err)
			}
		})
	}
}

// An answer of exactly the limit is read; one byte more is too large.
func TestBodyLimitIsExact(t *testing.T) {
	body := []byte(`{"valid":true,"pad":"`)
	body = append(body, bytes.Repeat([]byte("x"), maxVATAnswer-len(body)-2)...)
	body = append(body, `"}`...)
	for _, extra := range []int{0, 1} {
		srv := apiServer(t, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(body)
			_, _ = w.Write(bytes.Repeat([]byte(" "), extra))
		})
		_, err := newClient(t, testConfig(t, srv.URL)).CheckVAT(context.Background(), "PT", "PT123456789", "")
		switch {
		case extra == 0 && err != nil:
			t.Errorf("an answer of exactly %d bytes: %v", maxVATAnswer, err)
		case extra == 1:
			wantTooLarge(t, err, "64 KiB")
		}
	}
}

// Error answers are bounded too: the status and the limit are reported,
// and nothing past the limit is read.
func TestErrorBodyOverTheLimit(t *testing.T) {
	for _, tc := range []struct {
		status int
		code   string // a 500 is peeked at for Colt's code before the retry decision
	}{{400, "001"}, {500, "001"}} {
		t.Run(strconv.Itoa(tc.status), func(t *testing.T) {
			srv := apiServer(t, func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tc.status)
				writeLarge(w, `{"status":`+strconv.Itoa(tc.status)+`,"code":"`+tc.code+`","reason":"`, 50<<20, false)
			})
			_, err := newClient(t, testConfig(t, srv.URL)).SearchFreeNumbers(context.Background(), gbQuery)
			var apiErr *APIError
			if !errors.As(err, &apiErr) || apiErr.StatusCode != tc.status {
				t.Fatalf("err = %v, want the HTTP %d as an APIError", err, tc.status)
			}
			if msg := err.Error(); !strings.Contains(msg, "too large") || !strings.Contains(msg, "64 KiB") {
				t.Errorf("message %q does not say the body is too large and the limit", msg)
			}
		})
	}
}

func TestTokenAnswerOverTheLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		writeLarge(w, `{"access_token":"tok-1","expires_in":1800,"padding":"`, 2<<20, false)
	}))
	defer srv.Close()
	_, err := newClient(t, testConfig(t, srv.URL)).Token(context.Background())
	wantTooLarge(t, err, "64 KiB")
	if !strings.HasPrefix(err.Error(), "token request: ") {
		t.Errorf("message %q does not name the token request", err)
	}
}

// A body that trickles in forever is cut by the call's timeout, with an
// error that says so, long before the test's own deadline.
func TestTricklingBodyIsBoundedByTheTimeout(t *testing.T) {
	for _, status := range []int{http.StatusOK, http.StatusBadRequest} {
		t.Run(strconv.Itoa(status), func(t *testing.T) {
			srv := apiServer(t, trickle(status, `{"freeNumbers":[`))
			cfg := testConfig(t, srv.URL)
			cfg.RequestTimeout = 300 * time.Millisecond
			start := time.Now()
			_, err := newClient(t, cfg).SearchFreeNumbers(context.Background(), gbQuery)
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("took %v with a 300ms request timeout", took)
			}
			if status == http.StatusOK && !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v, want the call's deadline", err)
			}
			if msg := fmt.Sprint(err); !strings.Contains(msg, "was still arriving when the call's time (request_timeout) ran out") {
				t.Errorf("message %q does not say the answer was cut by the call's time", msg)
			}
		})
	}
}

// A transient answer that was not retried says so, and why; one that was
// says how many attempts were made.
func TestTransientErrorsSayHowManyAttempts(t *testing.T) {
	unavailable := func(retryAfter string) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, `{"status":503,"code":"001","reason":"service unavailable","message":"down"}`)
		}
	}
	cases := []struct {
		name       string
		retryAfter string
		maxRetries int
		order      bool
		want       string
		hint       bool // the hint may say the provider retried
	}{
		{"retried", "", 2, false, "; gave up after 3 attempts", true},
		{"retried with Retry-After", "0", 2, false, "; gave up after 3 attempts", true},
		{"order", "", 2, true, "; 1 attempt, not retried: an order is not sent again once Colt may have received it", false},
		{"Retry-After beyond the timeout", "3600", 2, false,
			"; 1 attempt, not retried: the wait before the next try (1h0m0s, Colt's Retry-After) is longer than the ", false},
		{"max_retries 0", "", 0, false, "; 1 attempt, not retried: max_retries is 0", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := apiServer(t, unavailable(tc.retryAfter))
			cfg := testConfig(t, srv.URL)
			cfg.MaxRetries = tc.maxRetries
			c := newClient(t, cfg)
			var err error
			if tc.order {
				_, err = c.PlaceReservation(context.Background(), ReservationRequest{CountryCode: "GB", Quantity: 1})
			} else {
				_, err = c.SearchFreeNumbers(context.Background(), gbQuery)
			}
			var apiErr *APIError
			if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusServiceUnavailable {
				t.Fatalf("err = %v, want the 503", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("message %q lacks %q", err, tc.want)
			}
			if retried := strings.Contains(Hint(err), "retried"); retried != tc.hint {
				t.Errorf("hint %q: says the provider retried = %v, want %v", Hint(err), retried, tc.hint)
			}
		})
	}
}
