package main

import (
	"math"
	"slices"
	"time"
)

// summary is the median of a key's samples.
type summary struct {
	runs      int
	wall, cpu time.Duration
	cliCPU    time.Duration
	peakRSS   int64 // KiB
	processes float64
	tokens    float64
	api       float64
	routes    map[string]float64
	changes   bool // some plan was not empty
}

func (res *results) summary(k key) (summary, bool) {
	ss := res.samples[k]
	if len(ss) == 0 {
		return summary{}, false
	}
	pick := func(f func(sample) float64) float64 {
		v := make([]float64, len(ss))
		for i, s := range ss {
			v[i] = f(s)
		}
		return median(v)
	}
	out := summary{
		runs:      len(ss),
		wall:      time.Duration(pick(func(s sample) float64 { return float64(s.wall) })),
		cpu:       time.Duration(pick(func(s sample) float64 { return float64(s.CPU) })),
		cliCPU:    time.Duration(pick(func(s sample) float64 { return float64(s.cliCPU) })),
		peakRSS:   int64(pick(func(s sample) float64 { return float64(s.PeakRSS) })),
		processes: pick(func(s sample) float64 { return float64(s.Processes) }),
		tokens:    pick(func(s sample) float64 { return float64(s.tokens) }),
		api:       pick(func(s sample) float64 { return float64(total(s.api)) }),
		routes:    map[string]float64{},
	}
	for _, s := range ss {
		out.changes = out.changes || s.changes
		for route := range s.api {
			out.routes[route] = 0
		}
	}
	for route := range out.routes {
		out.routes[route] = pick(func(s sample) float64 { return float64(s.api[route]) })
	}
	return out, true
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// oursAndFloor is the summaries of ours and the floor for k's CLI,
// workload and command; ok only when both ran.
func (res *results) oursAndFloor(k key) (o, f summary, ok bool) {
	k.side = ours
	o, haveOurs := res.summary(k)
	k.side = floor
	f, haveFloor := res.summary(k)
	return o, f, haveOurs && haveFloor
}

// waves is how many rounds of parallelism resources the CLI works w in.
func (res *results) waves(w workload) int {
	p := res.opts.parallelism
	return (w.n + p - 1) / p
}

// orderFloor is the least time the mock's orders take for a command: N
// orders, parallelism at a time, each orderSteps order delays long.
func (res *results) orderFloor(w workload, command string) time.Duration {
	if w.data || (command != "apply" && command != "destroy") {
		return 0
	}
	return time.Duration(res.waves(w)*orderSteps) * res.opts.orderDelay
}
