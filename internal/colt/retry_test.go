package colt

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

func TestTransientFailuresAreRetried(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	m.FailNext(2, 503, "001")
	c := newClient(t, testConfig(t, base))
	if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err != nil {
		t.Fatalf("2 failures with 4 retries allowed: %v", err)
	}
	if got := m.Stats().TokenRequests; got != 3 {
		t.Errorf("token requests = %d, want 3 (2 failed, 1 ok)", got)
	}
}

func TestRetriesAreBoundedByMaxRetries(t *testing.T) {
	for _, maxRetries := range []int{0, 1, 3} {
		m, base := startMock(t, mock.Config{})
		m.FailNext(100, 500, "002")
		cfg := testConfig(t, base)
		cfg.MaxRetries = maxRetries
		_, err := newClient(t, cfg).Token(context.Background())
		var apiErr *APIError
		if !errors.As(err, &apiErr) || apiErr.Row() != "500/002" {
			t.Fatalf("max_retries %d: err = %v", maxRetries, err)
		}
		if got := m.Stats().TokenRequests; got != int64(maxRetries+1) || apiErr.Attempts != maxRetries+1 {
			t.Errorf("max_retries %d: %d requests (recorded %d), want %d", maxRetries, got, apiErr.Attempts, maxRetries+1)
		}
	}
}

func TestOtherClientErrorsAreNotRetried(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	c := newClient(t, testConfig(t, base))
	if _, err := c.SearchFreeNumbers(context.Background(), FreeNumberQuery{CountryCode: "US"}); err == nil {
		t.Fatal("unsupported country accepted")
	}
	if got := m.Stats().APIRequests["GET /numberManagement/v1/freeNumber"]; got != 1 {
		t.Errorf("a 400 was sent %d times, want 1", got)
	}
	m.Reset()
	m.FailNext(1, 500, "001")
	if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err == nil {
		t.Fatal("500/001 not reported")
	}
	if got := m.Stats().APIRequests["GET /numberManagement/v1/freeNumber"]; got != 1 {
		t.Errorf("500/001 was sent %d times, want 1", got)
	}
}

func TestRetryAfterIsHonoured(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	c := newClient(t, testConfig(t, base))
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	m.FailNext(1, 429, "001") // answers Retry-After: 1
	start := time.Now()
	if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err != nil {
		t.Fatal(err)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Errorf("retried after %v, before the 1 s Retry-After", waited)
	}
}

func TestRetryWaitNeverOutlastsTheTimeout(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, `{"status":503,"code":"001","reason":"service unavailable","message":"backend temporarily unavailable"}`)
	}))
	defer srv.Close()
	cfg := testConfig(t, srv.URL)
	cfg.RequestTimeout = 2 * time.Second
	_, err := newClient(t, cfg).Token(context.Background())
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Row() != "503/001" {
		t.Fatalf("err = %v, want Colt's 503/001 rather than a timeout", err)
	}
	if hits.Load() != 1 {
		t.Errorf("%d attempts, want 1: a one-hour Retry-After does not fit a 2 s budget", hits.Load())
	}
}

func TestRequestTimeoutBoundsASlowCall(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	m.SetFaults(mock.Faults{Latency: 3 * time.Second})
	cfg := testConfig(t, base)
	cfg.RequestTimeout = 200 * time.Millisecond
	start := time.Now()
	_, err := newClient(t, cfg).Token(context.Background())
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("call took %v despite a 200ms request_timeout", took)
	}
}

func TestConnectionErrorsAreRetried(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int32
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			_ = conn.Close() // hang up without answering
		}
	}()
	defer func() { _ = ln.Close() }()

	cfg := testConfig(t, "http://"+ln.Addr().String())
	cfg.MaxRetries = 2
	_, err = newClient(t, cfg).Token(context.Background())
	if err == nil {
		t.Fatal("no error from a server that hangs up")
	}
	if got := accepted.Load(); got != 3 {
		t.Errorf("%d connections, want 3 (1 + 2 retries)", got)
	}
}
