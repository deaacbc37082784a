package main

import (
	"fmt"
	"strings"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// The performance targets the benchmark checks (issue 10), each against
// the medians of a configuration and command.
const (
	inventoryRoute = "GET /numberManagement/v1/Number"
	returnRoute    = "POST /numberManagement/v1/return/order"
	freeRoute      = "GET /numberManagement/v1/freeNumber"
	pageSize       = colt.PageLimit
	maxPerCreate   = 3.0
	maxRatio       = 1.3
	ratioAt        = 500
	rssAt          = 1000
	maxRSSMB       = 100
)

// target is one check of one configuration and command.
type target struct {
	what, measured string
	met            bool
}

// targets checks what the runs measured against the targets.
func (res *results) targets(cliLabel string, w workload, command string) []target {
	s, ok := res.summary(key{cli: cliLabel, w: w, side: ours, command: command})
	if !ok {
		return nil
	}
	f, _ := res.summary(key{cli: cliLabel, w: w, side: floor, command: command})
	var out []target
	add := func(what string, met bool, format string, args ...any) {
		out = append(out, target{what: what, measured: fmt.Sprintf(format, args...), met: met})
	}
	add("tokens ≤ 1 per provider process", s.tokens <= s.processes, "%.0f tokens, %.0f processes", s.tokens, s.processes)
	if w.data {
		add("identical data sources: 1 request per process", s.routes[freeRoute] <= s.processes,
			"%.0f free-number requests for %d data sources", s.routes[freeRoute], w.n)
		return out
	}
	pages := (w.n + pageSize - 1) / pageSize
	reads := s.routes[inventoryRoute]
	switch command {
	case "plan", "refresh-only":
		add(fmt.Sprintf("inventory requests ≤ ceil(N/%d) + 2", pageSize), reads <= float64(pages+2), "%.0f (bound %d)", reads, pages+2)
	case "destroy":
		add(fmt.Sprintf("≤ N returns and ceil(N/%d) + 2 inventory requests", pageSize),
			s.routes[returnRoute] <= float64(w.n) && reads <= float64(pages+2),
			"%.0f returns, %.0f inventory requests (bound %d)", s.routes[returnRoute], reads, pages+2)
	case "apply":
		per := s.api / float64(w.n)
		add(fmt.Sprintf("≤ %.0f requests per create", maxPerCreate), per <= maxPerCreate, "%.3f", per)
	}
	if w.n == ratioAt && f.wall > 0 {
		floorPlus := f.wall + res.orderFloor(w, command)
		r := float64(s.wall) / float64(floorPlus)
		add(fmt.Sprintf("wall ≤ %.1f× the floor (+ orders)", maxRatio), r <= maxRatio, "%.2f×%s", r, res.floorBound(cliLabel, w, command, f.wall))
	}
	if w.n == rssAt {
		rss := float64(s.peakRSS) / 1024
		add(fmt.Sprintf("provider peak RSS < %d MB", maxRSSMB), rss < maxRSSMB, "%.0f MB", rss)
	}
	return out
}

// targetTable lists every check, met or not.
func (res *results) targetTable(b *strings.Builder) {
	b.WriteString("\n## Targets\n\n")
	fmt.Fprintf(b, "Each wall-time ratio at N = %d names the least ratio a provider serving colt_number could reach: "+
		"for plan and refresh, the schema floor's; for apply and destroy, the floor + orders + ceil(N / parallelism) × %d × latency, "+
		"as the search for an earlier order of the same reference (what keeps a re-run from ordering twice) and the order's POST "+
		"answer one after the other before a wave's orders start.\n\n", ratioAt, requestsBeforeOrder)
	b.WriteString("| CLI | configuration | command | target | measured | met |\n|---|---|---|---|---|---|\n")
	for _, c := range res.clis {
		for _, w := range res.workloads {
			for _, cmd := range commands(res.opts.parallelism) {
				for _, t := range res.targets(c.label, w, cmd.name) {
					met := "yes"
					if !t.met {
						met = "**no**"
					}
					fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", c.label, w, cmd.name, t.what, t.measured, met)
				}
			}
		}
	}
}
