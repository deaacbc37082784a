package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// lockedBuffer is written by the server's logger while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	sb strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.String()
}

func TestRunServesAndStops(t *testing.T) {
	base, stderr, stop := startRun(t, "-token-lifetime", "90s", "-clients", "a:b,c:d")

	req, _ := http.NewRequest(http.MethodGet, base+"/__mock/stats", nil)
	req.Header.Set("x-tracking-id", "cmd-test")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var st mock.Stats
	err = json.NewDecoder(resp.Body).Decode(&st)
	_ = resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || st.APIRequests == nil {
		t.Fatalf("stats: %d %+v %v", resp.StatusCode, st, err)
	}

	treq, _ := http.NewRequest(http.MethodPost, base+"/authentication/v1/oauth/token",
		strings.NewReader("grant_type=client_credentials"))
	treq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	treq.Header.Set("x-tracking-id", "cmd-test")
	treq.SetBasicAuth("c", "d")
	resp, err = http.DefaultClient.Do(treq)
	if err != nil {
		t.Fatal(err)
	}
	var tok struct {
		ExpiresIn int `json:"expires_in"`
	}
	err = json.NewDecoder(resp.Body).Decode(&tok)
	_ = resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || tok.ExpiresIn != 90 {
		t.Fatalf("token: %d %+v %v", resp.StatusCode, tok, err)
	}

	if err := stop(); err != nil {
		t.Fatalf("run: %v", err)
	}
	logs := stderr.String()
	if !strings.Contains(logs, "GET /__mock/stats 200") || !strings.Contains(logs, "cmd-test") {
		t.Errorf("request not logged:\n%s", logs)
	}
	if strings.Contains(logs, "Basic") {
		t.Errorf("credentials logged:\n%s", logs)
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-addr", "0.0.0.0"},
		{"-addr", "192.0.2.1"},
		{"-port", "70000"},
		{"-unavailable", "1.5"},
		{"-token-failure", "NaN"},
		{"-latency", "-1s"},
		{"-token-lifetime", "0s"},
		{"-order-delay", "0s"},
		{"-order-delay", "-1s"},
		{"-clients", "nosecret"},
		{"-clients", "a:b,a:c"},
		{"-nope"},
		{"extra"},
	} {
		var stdout, stderr lockedBuffer
		err := run(context.Background(), args, &stdout, &stderr)
		if !errors.Is(err, errUsage) {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
		if stdout.String() != "" {
			t.Errorf("%v: printed %q", args, stdout.String())
		}
	}
}

func TestParseClientsKeepsSecretsOutOfErrors(t *testing.T) {
	_, err := parseClients("ok:fine,broken-secret-value")
	if err == nil || strings.Contains(err.Error(), "broken-secret-value") {
		t.Errorf("err = %v", err)
	}
}

func TestParseFlagsOrderDelay(t *testing.T) {
	opts, err := parseFlags(nil, io.Discard)
	if err != nil || opts.cfg.OrderDelay != 2*time.Second {
		t.Errorf("default order delay %v (%v), want 2s", opts.cfg.OrderDelay, err)
	}
	opts, err = parseFlags([]string{"-order-delay", "50ms"}, io.Discard)
	if err != nil || opts.cfg.OrderDelay != 50*time.Millisecond {
		t.Errorf("order delay %v (%v), want 50ms", opts.cfg.OrderDelay, err)
	}
}

func TestParseFlagsAssumptions(t *testing.T) {
	opts, err := parseFlags(nil, io.Discard)
	if err != nil || !reflect.DeepEqual(*opts.cfg.Assumptions, withStatuses(mock.DefaultAssumptions(), map[string]string{})) {
		t.Fatalf("defaults: %+v (%v)", opts.cfg.Assumptions, err)
	}
	opts, err = parseFlags([]string{"-order-search=false", "-order-replay=false", "-total-count=false",
		"-order-statuses", "Completed=Complete", "-vat-shape", "alt", "-basic-auth", "literal", "-billing-v1"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	a := opts.cfg.Assumptions
	if a.OrderSearch || a.OrderReplay || a.TotalCount || a.OrderStatuses["Completed"] != "Complete" ||
		a.VATShape != "alt" || a.BasicAuth != "literal" || !a.BillingV1 {
		t.Errorf("switches not applied: %+v", a)
	}
	for _, args := range [][]string{{"-order-statuses", "Done=x"}, {"-vat-shape", "odd"}, {"-basic-auth", "plain"}} {
		if _, err := parseFlags(args, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
}

func withStatuses(a mock.Assumptions, statuses map[string]string) mock.Assumptions {
	a.OrderStatuses = statuses
	a.BasicAuth = "form"
	return a
}
