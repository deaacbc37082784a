package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/colt-community/terraform-provider-colt/bench/schemadrop"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// sample is one command of one run.
type sample struct {
	usage
	tokens int64
	api    map[string]int64 // by method and route
}

type key struct {
	cli     string // cli.label
	w       workload
	side    string
	command string
}

type results struct {
	opts      options
	clis      []cli
	workloads []workload
	samples   map[key][]sample
	goBench   []goBenchResult
}

// run runs the whole benchmark and writes its report.
func run(ctx context.Context, opts options) (*results, error) {
	root, err := moduleRoot(ctx)
	if err != nil {
		return nil, err
	}
	if opts.out == "" {
		opts.out = filepath.Join(root, "bench")
	}
	res := &results{opts: opts, samples: map[key][]sample{}}
	for _, name := range opts.clis {
		c, err := findCLI(ctx, name)
		if err != nil {
			return nil, err
		}
		res.clis = append(res.clis, c)
	}
	for _, n := range opts.ns {
		res.workloads = append(res.workloads, workload{n: n})
	}
	if opts.dataSources > 0 {
		res.workloads = append(res.workloads, workload{data: true, n: opts.dataSources})
	}

	work, err := os.MkdirTemp("", "runbench-")
	if err != nil {
		return nil, err
	}
	if opts.keep {
		opts.logf("working folders kept in %s", work)
	} else {
		defer func() { _ = os.RemoveAll(work) }()
	}
	opts.logf("building terraform-provider-colt and the floor provider")
	provs, err := buildProviders(ctx, root, opts.oursSrc, work, opts.ourBuildFlags())
	if err != nil {
		return nil, err
	}
	m, err := startMock(ctx, opts.latency, opts.orderDelay)
	if err != nil {
		return nil, err
	}
	defer m.close()

	for r := range opts.runs {
		for _, w := range res.workloads {
			for _, c := range res.clis {
				sides := sidesOf(w)
				if r%2 == 1 { // neither side always goes first
					slices.Reverse(sides)
				}
				for _, side := range sides {
					dir := filepath.Join(work, fmt.Sprintf("%s-%d-%t-%s-%d", strings.Fields(c.label)[0], w.n, w.data, side, r))
					if err := res.runOnce(ctx, c, provs, m, key{cli: c.label, w: w, side: side}, dir); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	if opts.goBench > 0 {
		opts.logf("running the client's go benchmarks")
		if res.goBench, err = runGoBench(ctx, root, opts.goBench); err != nil {
			return nil, err
		}
	}
	if err := res.write(); err != nil {
		return nil, err
	}
	opts.logf("wrote %s and %s", filepath.Join(opts.out, resultsMD), filepath.Join(opts.out, resultsPNG))
	return res, nil
}

// runOnce applies a fresh configuration in dir, plans, refreshes and
// destroys it.
func (res *results) runOnce(ctx context.Context, c cli, p providers, m *benchMock, k key, dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	files := map[string]string{
		"main.tf":  configuration(k.side, k.w, m.url, mock.DefaultClientID, mock.DefaultClientSecret),
		"cli.tfrc": cliConfig(c.registry, p),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			return err
		}
	}
	if k.side == ours {
		m.fresh()
	}
	for _, cmd := range commands(res.opts.parallelism) {
		if err := res.opts.profileCommand(dir, cmd.name); err != nil {
			return err
		}
		u, err := runCommand(ctx, c, dir, cmd, res.opts.timeout, schemadrop.Env+"="+strings.Join(res.opts.schemaDrop, ","))
		if err != nil {
			return err
		}
		s := sample{usage: u}
		if k.side == ours {
			st := m.take()
			s.tokens, s.api = st.TokenRequests, st.APIRequests
		}
		k.command = cmd.name
		res.samples[k] = append(res.samples[k], s)
		res.opts.logf("%s, %s, %s: %s %.2fs, %d API requests, %d tokens, provider CPU %.2fs, CLI CPU %.2fs, peak RSS %.0f MB",
			c.label, k.w, k.side, cmd.name, u.wall.Seconds(), total(s.api), s.tokens, u.CPU.Seconds(), u.cliCPU.Seconds(), mb(u.PeakRSS))
	}
	return nil
}

func total(api map[string]int64) int64 {
	var n int64
	for _, v := range api {
		n += v
	}
	return n
}

func mb(kib int64) float64 { return float64(kib) / 1024 }
