package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

func env(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func mockEnv(baseURL string) func(string) string {
	return env(map[string]string{"COLT_CLIENT_ID": testClientID, "COLT_CLIENT_SECRET": testSecret, "COLT_BASE_URL": baseURL})
}

// run writes both reports, prints the Markdown path and exits 0 whatever
// the probe found; -strict exits 1 when something broke.
func TestRunWritesReports(t *testing.T) {
	assume := mock.DefaultAssumptions()
	assume.TotalCount = false
	_, ts := startMock(t, &assume)
	dir := t.TempDir()
	md, js := filepath.Join(dir, "out", "probe.md"), filepath.Join(dir, "probe.json")

	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-out-md", md, "-out-json", js}, mockEnv(ts.URL), &stdout, &stderr); code != exitRan {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitRan, &stderr)
	}
	if got := strings.TrimSpace(stdout.String()); got != md {
		t.Errorf("stdout %q, want the Markdown path %q", got, md)
	}
	mdText, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	jsText, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	var r Report
	if err := json.Unmarshal(jsText, &r); err != nil {
		t.Fatalf("JSON report: %v", err)
	}
	if c := r.Find("total-count"); c == nil || c.Verdict != Broken || len(c.Exchanges) == 0 || c.Exchanges[0].TrackingID == "" {
		t.Errorf("JSON report's total-count: %+v, want broken with exchanges and their x-tracking-id", c)
	}
	if !strings.Contains(string(mdText), "| `total-count` |") || !strings.Contains(string(mdText), "**broken**") {
		t.Errorf("Markdown report lacks the broken total-count row:\n%s", mdText)
	}

	// Neither report holds the secret in any encoding, or a token.
	escaped := url.QueryEscape(testSecret)
	for name, text := range map[string]string{"Markdown": string(mdText), "JSON": string(jsText)} {
		for _, secret := range []string{testSecret, escaped, "eyJ",
			base64.StdEncoding.EncodeToString([]byte(url.QueryEscape(testClientID) + ":" + escaped)),
			base64.StdEncoding.EncodeToString([]byte(testClientID + ":" + testSecret))} {
			if strings.Contains(text, secret) {
				t.Errorf("%s report holds %q", name, secret)
			}
		}
	}

	stdout.Reset()
	if code := run(context.Background(), []string{"-strict", "-out-md", md}, mockEnv(ts.URL), &stdout, &stderr); code != exitBroken {
		t.Errorf("-strict with a broken assumption: exit %d, want %d", code, exitBroken)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "report.json")); err != nil {
		t.Errorf("the JSON report does not default to beside the Markdown one: %v", err)
	}
}

func TestRunRefusesWithoutSandbox(t *testing.T) {
	cases := map[string]map[string]string{
		"no credentials": {"COLT_ENVIRONMENT": "sandbox"},
		"no secret":      {"COLT_CLIENT_ID": "id", "COLT_ENVIRONMENT": "sandbox"},
		"production":     {"COLT_CLIENT_ID": "id", "COLT_CLIENT_SECRET": "s", "COLT_ENVIRONMENT": "production"},
		"no environment": {"COLT_CLIENT_ID": "id", "COLT_CLIENT_SECRET": "s"},
		"plain http":     {"COLT_CLIENT_ID": "id", "COLT_CLIENT_SECRET": "s", "COLT_BASE_URL": "http://example.com"},
	}
	for name, vars := range cases {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), nil, env(vars), &stdout, &stderr); code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", &stdout)
			}
		})
	}
}
