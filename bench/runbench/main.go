// Command runbench is the provider's benchmark against the framework's own
// floor (issue 10 §1). It serves colt-mock in process with a fixed latency
// per request and an order delay, builds terraform-provider-colt and the
// no-op floor provider (bench/floor), and times apply, a no-change plan,
// a refresh-only apply and destroy of N colt_number (and of a set of
// identical data sources) beside the same N floor_thing, and N floor_number
// (colt_number's schema, none of our code), under each CLI, runs
// interleaved. It writes results.md and results.png.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/colt-community/terraform-provider-colt/bench/schemadrop"
)

type options struct {
	ns          []int
	dataSources int
	clis        []string
	runs        int
	latency     time.Duration
	orderDelay  time.Duration // one order step; an order takes orderSteps of them
	parallelism int
	timeout     time.Duration // of one CLI command
	goBench     int           // runs of the client's go benchmarks; 0 skips them
	out         string        // folder for results.md and results.png; "" is bench/ of the module
	keep        bool          // keep the working folders
	profile     string        // folder for the provider's pprof profiles; "" builds no profiling hook
	oursSrc     string        // module root terraform-provider-colt is built from; "" is this module
	schemaDrop  []string      // attributes the schema floor leaves out of colt_number's schema
	log         io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := mainErr(ctx, os.Args[1:])
	stop()
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "runbench:", err)
		os.Exit(1)
	}
}

func mainErr(ctx context.Context, args []string) error {
	opts, err := parseFlags(args, os.Stderr)
	if err != nil {
		return err
	}
	opts.log = os.Stderr
	res, err := run(ctx, opts)
	if err != nil {
		return err
	}
	_, err = fmt.Print(res.ratioTables())
	return err
}

func (o options) logf(format string, args ...any) {
	_, _ = fmt.Fprintf(o.log, format+"\n", args...)
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	opts := options{}
	fs := flag.NewFlagSet("runbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ns := fs.String("n", "10,100,500,1000", "comma-separated numbers of colt_number (and floor_thing) to apply")
	clis := fs.String("cli", "terraform", "comma-separated CLIs (names on PATH or paths), e.g. terraform,$(scripts/install-tofu.sh)")
	fs.IntVar(&opts.dataSources, "data-sources", 200, "identical colt_free_numbers data sources in the data-source configuration (0: none)")
	fs.IntVar(&opts.runs, "runs", 3, "runs of each configuration, interleaved with the floor's; medians are reported")
	fs.DurationVar(&opts.latency, "latency", 25*time.Millisecond, "fixed latency the mock adds to every API request")
	fs.DurationVar(&opts.orderDelay, "order-delay", 50*time.Millisecond, "the mock's order step (an order takes two: Pending, InProgress, Completed)")
	fs.IntVar(&opts.parallelism, "parallelism", 10, "the CLI's -parallelism")
	fs.DurationVar(&opts.timeout, "timeout", 30*time.Minute, "limit of one CLI command")
	fs.IntVar(&opts.goBench, "gobench", 3, "runs of the client's go benchmarks (internal/colt) to report; 0 skips them")
	fs.StringVar(&opts.out, "out", "", "folder for results.md and results.png (default: bench/ of this module)")
	fs.BoolVar(&opts.keep, "keep", false, "keep the working folders (configurations, states, CLI output)")
	fs.StringVar(&opts.oursSrc, "ours", "", "module root to build terraform-provider-colt from (default: this module), e.g. a git worktree of an earlier commit for before/after figures")
	fs.StringVar(&opts.profile, "profile", "", "folder to write CPU and heap profiles of every terraform-provider-colt process to (builds it with -tags profile)")
	drop := fs.String("schema-drop", "", "comma-separated top-level attributes the schema floor leaves out of colt_number's schema, to measure what they cost (they must not be in the bench's configuration)")
	if err := fs.Parse(args); err != nil {
		return opts, err
	}
	opts.schemaDrop = schemadrop.Names(*drop)
	var problems []string
	for _, f := range strings.Split(*ns, ",") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			problems = append(problems, fmt.Sprintf("-n: %q is not a positive number", f))
			continue
		}
		opts.ns = append(opts.ns, n)
	}
	for _, c := range strings.Split(*clis, ",") {
		if c = strings.TrimSpace(c); c != "" {
			opts.clis = append(opts.clis, c)
		}
	}
	switch {
	case len(opts.ns) == 0 && opts.dataSources == 0:
		problems = append(problems, "nothing to run: -n is empty and -data-sources is 0")
	case len(opts.clis) == 0:
		problems = append(problems, "-cli names no CLI")
	case opts.runs < 1:
		problems = append(problems, "-runs must be at least 1")
	case opts.latency < 0 || opts.orderDelay <= 0:
		problems = append(problems, "-latency must not be negative and -order-delay must be positive")
	case opts.parallelism < 1:
		problems = append(problems, "-parallelism must be at least 1")
	case opts.dataSources < 0 || opts.goBench < 0:
		problems = append(problems, "-data-sources and -gobench must not be negative")
	}
	if fs.NArg() > 0 {
		problems = append(problems, fmt.Sprintf("unexpected arguments %q", fs.Args()))
	}
	if len(problems) > 0 {
		return opts, errors.New(strings.Join(problems, "; "))
	}
	return opts, nil
}
