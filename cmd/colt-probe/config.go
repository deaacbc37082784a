package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

type config struct {
	base           *url.URL
	clientID       string
	secret         colt.Secret
	outMD, outJSON string
	strict         bool
	timeout        time.Duration
}

// parseConfig reads the flags and the provider's environment variables.
// Only the sandbox, or an explicit COLT_BASE_URL, is probed: the probe
// sends deliberately wrong token requests.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("colt-probe", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.outMD, "out-md", "", "Markdown report path (default: report.md in a new temporary directory)")
	fs.StringVar(&cfg.outJSON, "out-json", "", "JSON report path (default: report.json beside the Markdown report)")
	fs.BoolVar(&cfg.strict, "strict", false, "exit 1 when any assumption is broken")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "timeout of each request")
	fs.Usage = func() {
		_, _ = fmt.Fprintln(stderr, "usage: COLT_CLIENT_ID=... COLT_CLIENT_SECRET=... COLT_ENVIRONMENT=sandbox colt-probe [flags]")
		_, _ = fmt.Fprintln(stderr, "       (or COLT_BASE_URL=... instead of COLT_ENVIRONMENT)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if cfg.timeout <= 0 {
		return cfg, errors.New("-timeout must be positive")
	}

	cfg.clientID = strings.TrimSpace(getenv("COLT_CLIENT_ID"))
	cfg.secret = colt.Secret(getenv("COLT_CLIENT_SECRET"))
	if cfg.clientID == "" || cfg.secret == "" {
		return cfg, errors.New("set COLT_CLIENT_ID and COLT_CLIENT_SECRET (the sandbox credentials)")
	}
	override, env := getenv("COLT_BASE_URL"), colt.Environment(getenv("COLT_ENVIRONMENT"))
	if override == "" && env != colt.Sandbox {
		return cfg, errors.New("the probe runs against Colt's sandbox: set COLT_ENVIRONMENT=sandbox (or COLT_BASE_URL for another gateway)")
	}
	base, err := colt.BaseURL(env, override)
	if err != nil {
		return cfg, fmt.Errorf("COLT_BASE_URL: %w", err)
	}
	cfg.base = base

	if cfg.outMD == "" {
		dir := filepath.Dir(cfg.outJSON)
		if cfg.outJSON == "" {
			if dir, err = defaultOutDir(); err != nil {
				return cfg, err
			}
		}
		cfg.outMD = filepath.Join(dir, "report.md")
	}
	if cfg.outJSON == "" {
		cfg.outJSON = filepath.Join(filepath.Dir(cfg.outMD), "report.json")
	}
	return cfg, nil
}
