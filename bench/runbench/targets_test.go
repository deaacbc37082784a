package main

import (
	"strings"
	"testing"
	"time"
)

func TestTargetsAreCheckedAgainstTheMedians(t *testing.T) {
	w := workload{n: 500}
	res := &results{opts: options{parallelism: 10, orderDelay: 50 * time.Millisecond}, samples: map[key][]sample{}}
	add := func(side, command string, wall time.Duration, api map[string]int64) {
		k := key{cli: "tf", w: w, side: side, command: command}
		s := sample{usage: usage{wall: wall}, tokens: 1, api: api}
		s.Processes = 1
		res.samples[k] = append(res.samples[k], s)
	}
	add(floor, "plan", 10*time.Second, nil)
	add(ours, "plan", 12*time.Second, map[string]int64{inventoryRoute: 5})
	add(floor, "refresh-only", 10*time.Second, nil)
	add(ours, "refresh-only", 14*time.Second, map[string]int64{inventoryRoute: 6})
	add(floor, "apply", 10*time.Second, nil)
	add(ours, "apply", 19*time.Second, map[string]int64{"POST /numberManagement/v1/reservation/order": 500, "GET /numberManagement/v1/order": 500, inventoryRoute: 600})

	met := map[string]bool{}
	for _, command := range []string{"plan", "refresh-only", "apply"} {
		for _, tg := range res.targets("tf", w, command) {
			met[command+": "+tg.what] = tg.met
		}
	}
	want := map[string]bool{
		"plan: inventory requests ≤ ceil(N/200) + 2":         true,  // 5 ≤ 3 + 2
		"plan: wall ≤ 1.3× the floor (+ orders)":             true,  // 1.2×
		"refresh-only: inventory requests ≤ ceil(N/200) + 2": false, // 6
		"refresh-only: wall ≤ 1.3× the floor (+ orders)":     false, // 1.4×
		"apply: ≤ 3 requests per create":                     false, // 3.2
		"apply: wall ≤ 1.3× the floor (+ orders)":            true,  // 19 s against 10 s + 50 waves × 2 steps × 50 ms
		"plan: tokens ≤ 1 per provider process":              true,
	}
	for what, w := range want {
		if got, ok := met[what]; !ok || got != w {
			t.Errorf("%s: met %v (checked %v), want %v", what, got, ok, w)
		}
	}
}

func TestWallRatiosNameTheirBounds(t *testing.T) {
	w := workload{n: 500}
	res := &results{opts: options{parallelism: 10, orderDelay: 50 * time.Millisecond, latency: 25 * time.Millisecond}, samples: map[key][]sample{}}
	add := func(side, command string, wall time.Duration) {
		k := key{cli: "tf", w: w, side: side, command: command}
		res.samples[k] = append(res.samples[k], sample{usage: usage{wall: wall}})
	}
	add(floor, "plan", 10*time.Second)
	add(schemaFloor, "plan", 20*time.Second)
	add(ours, "plan", 21*time.Second)
	add(floor, "destroy", 5*time.Second)
	add(schemaFloor, "destroy", 9*time.Second)
	add(ours, "destroy", 12*time.Second)

	measured := func(command string) string {
		for _, tg := range res.targets("tf", w, command) {
			if strings.HasPrefix(tg.what, "wall") {
				return tg.measured
			}
		}
		return ""
	}
	if got, want := measured("plan"), "2.10×; the schema floor alone 2.00×"; got != want {
		t.Errorf("plan: %q, want %q", got, want)
	}
	// destroy: 12 s against 5 s + 50 waves × 2 steps × 50 ms; at least
	// 50 waves × 2 requests × 25 ms more, and no schema floor ratio, as
	// the orders added to it over-count.
	if got, want := measured("destroy"), "1.20×; with a search before each order, at least 1.25×"; got != want {
		t.Errorf("destroy: %q, want %q", got, want)
	}
}
