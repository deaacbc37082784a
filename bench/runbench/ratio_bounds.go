package main

import (
	"fmt"
	"time"
)

// ratioBounds says what no provider code can go under in a wall-time
// ratio: the schema floor's own ratio (the framework and the CLI on
// colt_number's schema), and for orders the latency of placing each order
// and confirming it, one request each, at the mock's latency.
func (res *results) ratioBounds(cliLabel string, w workload, command string, floorPlus time.Duration) string {
	var out string
	if sf, ok := res.summary(key{cli: cliLabel, w: w, side: schemaFloor, command: command}); ok {
		out += fmt.Sprintf("; the schema floor alone %.2f×", float64(sf.wall+res.orderFloor(w, command))/float64(floorPlus))
	}
	if res.orderFloor(w, command) > 0 {
		p := res.opts.parallelism
		waves := (w.n + p - 1) / p
		requests := time.Duration(waves*2) * res.opts.latency
		out += fmt.Sprintf("; an order's request and one confirming read alone %.2f×", float64(floorPlus+requests)/float64(floorPlus))
	}
	return out
}
