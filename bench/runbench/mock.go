package main

import (
	"context"
	"net"
	"net/http"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// orderSteps is how many order delays a number order takes in colt-mock
// (Pending, InProgress, Completed).
const orderSteps = 2

// benchMock is colt-mock served in process on a loopback port.
type benchMock struct {
	srv     *mock.Server
	http    *http.Server
	url     string
	latency time.Duration
}

func startMock(ctx context.Context, latency, orderDelay time.Duration) (*benchMock, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	m := &benchMock{
		srv:     mock.New(mock.Config{OrderDelay: orderDelay}),
		url:     "http://" + ln.Addr().String(),
		latency: latency,
	}
	m.http = &http.Server{Handler: m.srv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = m.http.Serve(ln) }()
	m.srv.SetFaults(mock.Faults{Latency: latency})
	return m, nil
}

// fresh clears numbers, orders and counters, for a new apply.
func (m *benchMock) fresh() {
	m.srv.ResetState()
	m.srv.SetFaults(mock.Faults{Latency: m.latency})
}

// take returns the counters since the last take and zeroes them. Reset
// also clears faults, so the latency is set again.
func (m *benchMock) take() mock.Stats {
	s := m.srv.Stats()
	m.srv.Reset()
	m.srv.SetFaults(mock.Faults{Latency: m.latency})
	return s
}

func (m *benchMock) close() { _ = m.http.Close() }
