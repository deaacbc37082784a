package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

const (
	resultsMD  = "results.md"
	resultsPNG = "results.png"
)

func (res *results) write() error {
	if err := os.MkdirAll(res.opts.out, 0o750); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(res.opts.out, resultsMD), []byte(res.markdown()), 0o600); err != nil {
		return err
	}
	return res.chart(filepath.Join(res.opts.out, resultsPNG))
}

func (res *results) markdown() string {
	var b strings.Builder
	o := res.opts
	b.WriteString("# Benchmark: terraform-provider-colt against the framework's floor\n\n")
	b.WriteString("Written by `go run ./bench/runbench` (`make bench`); chart: [results.png](results.png).\n\n")
	fmt.Fprintf(&b, "- colt-mock in process: %s latency on every request, order step %s (an order takes %d steps); CLI `-parallelism=%d`.\n",
		o.latency, o.orderDelay, orderSteps, o.parallelism)
	fmt.Fprintf(&b, "- Medians of %d run(s) of each configuration; ours and the floors' runs interleaved (apply, no-change plan, refresh-only apply, destroy, in that order, on a fresh state and a fresh mock).\n", o.runs)
	labels := make([]string, len(res.clis))
	for i, c := range res.clis {
		labels[i] = c.label
	}
	configs := make([]string, len(res.workloads))
	for i, w := range res.workloads {
		configs[i] = w.String()
	}
	fmt.Fprintf(&b, "- Configurations: %s; under %s.\n", strings.Join(configs, ", "), strings.Join(labels, " and "))
	if o.oursSrc != "" {
		b.WriteString("- terraform-provider-colt built from another checkout (`-ours`); the floor from this one.\n")
	}
	fmt.Fprintf(&b, "- %d CPU(s), %s/%s. Seconds depend on the machine and its load: read the ratios.\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH)
	b.WriteString("- **floor**: the same number of `floor_thing` (bench/floor: the same terraform-plugin-framework, served as ours is, with its logging off unless asked and its request contexts let go (internal/ctxrelease); no I/O). " +
		"**+ orders**: for apply and destroy of resources, the floor plus the least time the mock's orders take " +
		"(ceil(N / parallelism) × steps × order step); **× floor** divides ours by it. " +
		"Both floor providers run with the garbage collector setting ours has (internal/plugingc).\n")
	b.WriteString("- **schema floor**: the same number of `floor_number` in the same provider, configured as the `colt_number` are: " +
		"colt_number's own schema and configuration validators, taken from terraform-provider-colt, with none of its code " +
		"(no ValidateConfig, ModifyPlan or I/O; create keeps the plan). It costs beyond the floor what the framework does " +
		"for colt_number's 21 attributes, nested activation and timeouts; **× schema floor** (with its orders for apply " +
		"and destroy) is what our own code and Colt's requests cost beyond that.\n")
	if len(o.schemaDrop) > 0 {
		fmt.Fprintf(&b, "- **This run's schema floor leaves out** `%s` (`-schema-drop`): it measures colt_number's schema without them.\n",
			strings.Join(o.schemaDrop, "`, `"))
	}
	b.WriteString("- **N resources**: N `colt_number` of one GB number each, reserved by quantity. **N data sources**: N identical " +
		"`colt_free_numbers` (GB, area 20, quantity 5) beside N identical `floor_thing` data sources; per resource is then per data source.\n")
	b.WriteString("- **Tokens** and **API requests** are the mock's counters (token route apart); **per resource** divides by N. " +
		"**CPU** (user + system) and **peak RSS** are the provider plugin processes' own, from wait4 in bench/provwrap, " +
		"which stands in for each provider binary: CPU summed over the processes a command starts (**processes**, ours/floor), RSS the largest.\n")
	b.WriteString(res.ratioTables())
	res.cpuTable(&b)
	res.targetTable(&b)
	res.routeTable(&b)
	b.WriteString(whyRequests)
	res.goBenchTable(&b)
	return b.String()
}

// ratioTables is one table per CLI: each configuration and command, ours
// beside the floor.
func (res *results) ratioTables() string {
	var b strings.Builder
	for _, c := range res.clis {
		fmt.Fprintf(&b, "\n## %s\n\n", c.label)
		b.WriteString("| configuration | command | ours (s) | floor (s) | floor + orders (s) | × floor | schema floor (+ orders) (s) | × schema floor | tokens | API requests | per resource | CPU ours (s) | CPU floor (s) | × | CPU schema floor (s) | × | peak RSS ours (MB) | floor (MB) | × | processes |\n")
		b.WriteString("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
		for _, w := range res.workloads {
			for _, cmd := range commands(res.opts.parallelism) {
				res.row(&b, key{cli: c.label, w: w, command: cmd.name})
			}
		}
	}
	return b.String()
}

func (res *results) row(b *strings.Builder, k key) {
	s, f, ok := res.oursAndFloor(k)
	if !ok {
		return
	}
	command := k.command
	if s.changes || f.changes {
		command += " (not empty!)"
	}
	orders := res.orderFloor(k.w, k.command)
	floorPlus := f.wall + orders
	plus := "–"
	if floorPlus != f.wall {
		plus = secs(floorPlus)
	}
	schemaWall, schemaRatio, schemaCPU, schemaCPURatio := "–", "–", "–", "–"
	ks := k
	ks.side = schemaFloor
	if sf, ok := res.summary(ks); ok {
		schemaPlus := sf.wall + orders
		schemaWall, schemaRatio = secs(schemaPlus), ratio(float64(s.wall), float64(schemaPlus))
		schemaCPU, schemaCPURatio = secs(sf.cpu), ratio(float64(s.cpu), float64(sf.cpu))
	}
	fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s | %.0f | %.0f | %.2f | %s | %s | %s | %s | %s | %.0f | %.0f | %s | %.0f/%.0f |\n",
		k.w, command, secs(s.wall), secs(f.wall), plus, ratio(float64(s.wall), float64(floorPlus)), schemaWall, schemaRatio,
		s.tokens, s.api, s.api/float64(k.w.n),
		secs(s.cpu), secs(f.cpu), ratio(float64(s.cpu), float64(f.cpu)), schemaCPU, schemaCPURatio,
		mb(s.peakRSS), mb(f.peakRSS), ratio(float64(s.peakRSS), float64(f.peakRSS)), s.processes, f.processes)
}

// routeTable lists the API requests of each command by route: what each
// resource costs, request by request.
func (res *results) routeTable(b *strings.Builder) {
	b.WriteString("\n## API requests by route (ours, medians)\n\n")
	b.WriteString("| CLI | configuration | command | route | requests | per resource |\n|---|---|---|---|--:|--:|\n")
	for _, c := range res.clis {
		for _, w := range res.workloads {
			for _, cmd := range commands(res.opts.parallelism) {
				s, ok := res.summary(key{cli: c.label, w: w, side: ours, command: cmd.name})
				if !ok {
					continue
				}
				routes := make([]string, 0, len(s.routes))
				for r := range s.routes {
					routes = append(routes, r)
				}
				slices.Sort(routes)
				for _, r := range routes {
					fmt.Fprintf(b, "| %s | %s | %s | `%s` | %.0f | %.2f |\n", c.label, w, cmd.name, r, s.routes[r], s.routes[r]/float64(w.n))
				}
			}
		}
	}
}

func (res *results) goBenchTable(b *strings.Builder) {
	if len(res.goBench) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## Client hot paths (`go test -bench . -benchmem ./internal/colt/`, medians of %d)\n\n", res.opts.goBench)
	b.WriteString("| benchmark | metrics |\n|---|---|\n")
	nsPerOp := map[string]float64{}
	for _, r := range res.goBench {
		parts := make([]string, 0, len(r.units))
		for _, u := range r.units {
			parts = append(parts, number(r.medians[u])+" "+u)
		}
		fmt.Fprintf(b, "| %s | %s |\n", r.name, strings.Join(parts, ", "))
		nsPerOp[r.name] = r.medians["ns/op"]
	}
	if shared, perCall := nsPerOp["BenchmarkSharedToken"], nsPerOp["BenchmarkTokenPerCall"]; shared > 0 && perCall > 0 {
		fmt.Fprintf(b, "\nA token per call would cost %.1f× the shared token (BenchmarkTokenPerCall / BenchmarkSharedToken).\n", perCall/shared)
	}
}

// number prints a benchmark figure without exponents.
func number(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.3g", v)
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2f", d.Seconds()) }

func ratio(a, b float64) string {
	if b <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f×", a/b)
}
