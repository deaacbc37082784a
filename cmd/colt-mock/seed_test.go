package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

func TestRunSeedsTheInventory(t *testing.T) {
	base, stderr, stop := startRun(t, "-seed-numbers", "250", "-seed-port-ins", "1", "-seed-prefix", "old")

	treq, _ := http.NewRequest(http.MethodPost, base+"/authentication/v1/oauth/token", strings.NewReader("grant_type=client_credentials"))
	treq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	treq.Header.Set("x-tracking-id", "seed-test")
	treq.SetBasicAuth(mock.DefaultClientID, mock.DefaultClientSecret)
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	getJSON(t, treq, &tok)
	total := func(query string) int {
		req, _ := http.NewRequest(http.MethodGet, base+"/numberManagement/v1/Number?"+query, nil)
		req.Header.Set("x-tracking-id", "seed-test")
		req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
		var page struct {
			TotalCount int `json:"totalCount"`
		}
		getJSON(t, req, &page)
		return page.TotalCount
	}
	if n := total(""); n != 250+mock.SeedPortInSize {
		t.Errorf("inventory holds %d numbers, want %d", n, 250+mock.SeedPortInSize)
	}
	if n := total("customerReference=old-fr-001"); n != mock.SeedBlockSize {
		t.Errorf("old-fr-001 holds %d numbers", n)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "seeded colt-demo-client with 255 numbers: 3 blocks (1 activated), 1 port-ins") {
		t.Errorf("no seeding line in the log:\n%s", stderr.String())
	}
}

// startRun runs the mock with args until stop, which returns run's error.
func startRun(t *testing.T, args ...string) (base string, stderr *lockedBuffer, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	stdoutR, stdoutW := io.Pipe()
	stderr = &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		err := run(ctx, args, stdoutW, stderr)
		_ = stdoutW.Close()
		done <- err
	}()
	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	if err != nil {
		t.Fatalf("reading ready line: %v (stderr: %s)", err, stderr.String())
	}
	m := regexp.MustCompile(`^colt-mock listening on (http://127\.0\.0\.1:[0-9]+)\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("ready line %q", line)
	}
	return m[1], stderr, func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return errors.New("run did not stop after cancel")
		}
	}
}

func getJSON(t *testing.T, req *http.Request, out any) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s %s: %d", req.Method, req.URL.Path, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}

func TestRunRejectsBadSeedFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-seed-numbers", "-1"},
		{"-seed-port-ins", "-2"},
		{"-seed-numbers", "10", "-seed-client", "nobody"},
	} {
		var stdout, stderr lockedBuffer
		if err := run(context.Background(), args, &stdout, &stderr); !errors.Is(err, errUsage) {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
	// Refused before listening; the timeout ends a run that listened anyway.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var stdout, stderr lockedBuffer
	if err := run(ctx, []string{"-seed-numbers", "50001"}, &stdout, &stderr); err == nil || stdout.String() != "" {
		t.Errorf("-seed-numbers 50001: err = %v, stdout %q", err, stdout.String())
	}
}
