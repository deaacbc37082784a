package main

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAccBenchSmoke runs the benchmark's smoke set (10 resources and 10
// data sources, one CLI, one run) and checks that every figure the report
// rests on was measured: the mock's counters for ours, none for the floors,
// each provider process's CPU and peak RSS through provwrap, and the CLI's
// own CPU.
func TestAccBenchSmoke(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cliName := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if cliName == "" {
		cliName = "terraform"
	}
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	opts, err := parseFlags([]string{"-n", "10", "-data-sources", "10", "-runs", "1", "-gobench", "0",
		"-cli", cliName, "-out", out}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	opts.log = testLog{t}
	res, err := run(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}

	c := res.clis[0].label
	for _, w := range res.workloads {
		for _, cmd := range commands(opts.parallelism) {
			for _, side := range sidesOf(w) {
				k := key{cli: c, w: w, side: side, command: cmd.name}
				ss := res.samples[k]
				if len(ss) != 1 {
					t.Fatalf("%v: %d samples, want 1", k, len(ss))
				}
				s := ss[0]
				if s.wall <= 0 || s.Processes < 1 || s.PeakRSS <= 0 || s.CPU <= 0 {
					t.Errorf("%v: wall %s, %d provider processes, peak RSS %d KiB, CPU %s: provwrap recorded nothing",
						k, s.wall, s.Processes, s.PeakRSS, s.CPU)
				}
				if s.cliCPU <= 0 {
					t.Errorf("%v: the CLI's own CPU is %s", k, s.cliCPU)
				}
				if s.changes {
					t.Errorf("%v: the plan after apply was not empty", k)
				}
				if side != ours && (s.tokens != 0 || total(s.api) != 0) {
					t.Errorf("%v: %d token and %d API requests; a floor makes none", k, s.tokens, total(s.api))
				}
				if side == ours && s.tokens < 1 {
					t.Errorf("%v: no token request counted", k)
				}
			}
		}
	}
	apply := res.samples[key{cli: c, w: workload{n: 10}, side: ours, command: "apply"}][0]
	if got := apply.api["POST /numberManagement/v1/reservation/order"]; got != 10 {
		t.Errorf("apply of 10 colt_number placed %d reservations, want 10 (counters: %v)", got, apply.api)
	}

	md, err := os.ReadFile(filepath.Join(out, resultsMD))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| 10 resources | apply |", "| 10 data sources | plan |", "`POST /numberManagement/v1/reservation/order` | 10 |",
		"| " + c + " | 10 resources | plan |"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("results.md lacks %q:\n%s", want, md)
		}
	}
	f, err := os.Open(filepath.Join(out, resultsPNG))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	if cfg, err := png.DecodeConfig(f); err != nil || cfg.Width < 100 {
		t.Errorf("results.png: %v, %d pixels wide", err, cfg.Width)
	}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
