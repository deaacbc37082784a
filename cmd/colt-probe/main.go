// Command colt-probe checks api/colt.yaml against a live Colt gateway,
// normally the sandbox: it makes only read-only calls (a token, token
// errors, searches, validations and listings; never an order), validates
// each answer against the document, and writes a Markdown and a JSON report
// saying which modelled assumption held, broke or could not be checked.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes: the probe ran (whatever it found), -strict and something
// broke, or it could not run.
const (
	exitRan    = 0
	exitBroken = 1
	exitUsage  = 2
)

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	cfg, err := parseConfig(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitRan
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "colt-probe:", err)
		return exitUsage
	}
	p, err := newProbe(cfg.base, cfg.clientID, cfg.secret, cfg.timeout)
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "colt-probe:", err)
		return exitUsage
	}
	report := p.Run(ctx)
	if err := writeReports(report, cfg.outMD, cfg.outJSON); err != nil {
		_, _ = fmt.Fprintln(stderr, "colt-probe:", err)
		return exitUsage
	}
	_, _ = fmt.Fprintf(stderr, "colt-probe: %s: %d held, %d broken, %d not checked; JSON report %s\n",
		report.Target, report.Held, report.Broken, report.NotChecked, cfg.outJSON)
	_, _ = fmt.Fprintln(stdout, cfg.outMD)
	if cfg.strict && report.Broken > 0 {
		return exitBroken
	}
	return exitRan
}

func writeReports(r *Report, mdPath, jsonPath string) error {
	for _, path := range []string{mdPath, jsonPath} {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
	}
	md, err := os.Create(mdPath)
	if err != nil {
		return err
	}
	if err := writeMarkdown(md, r); err != nil {
		_ = md.Close()
		return err
	}
	if err := md.Close(); err != nil {
		return err
	}
	encoded, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(jsonPath, append(encoded, '\n'), 0o644)
}

// defaultOutDir is where reports go when no path is given.
func defaultOutDir() (string, error) {
	return os.MkdirTemp("", "colt-probe-"+time.Now().UTC().Format("20060102T150405Z")+"-")
}
