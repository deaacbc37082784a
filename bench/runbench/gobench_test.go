package main

import "testing"

func TestParseGoBenchMedians(t *testing.T) {
	out := []byte(`goos: linux
BenchmarkSharedToken-2     	    1000	      300 ns/op	  10 B/op	  2 allocs/op	  0.001 tokens/op
BenchmarkSharedToken-2     	    1000	      100 ns/op	  30 B/op	  2 allocs/op	  0.002 tokens/op
BenchmarkSharedToken-2     	    1000	      200 ns/op	  20 B/op	  4 allocs/op	  0.003 tokens/op
BenchmarkDecode/100-2      	     500	     5000 ns/op
PASS
`)
	got := parseGoBench(out)
	if len(got) != 2 || got[0].name != "BenchmarkSharedToken" || got[1].name != "BenchmarkDecode/100" {
		t.Fatalf("parsed %+v", got)
	}
	want := map[string]float64{"ns/op": 200, "B/op": 20, "allocs/op": 2, "tokens/op": 0.002}
	for unit, v := range want {
		if got[0].medians[unit] != v {
			t.Errorf("median %s = %v, want %v", unit, got[0].medians[unit], v)
		}
	}
	if len(got[0].units) != 4 || got[0].units[3] != "tokens/op" {
		t.Errorf("units %v, want go test's order", got[0].units)
	}
}

func TestOrderFloor(t *testing.T) {
	res := &results{opts: options{parallelism: 10, orderDelay: 50e6}}
	for _, c := range []struct {
		w       workload
		command string
		want    float64 // seconds
	}{
		{workload{n: 100}, "apply", 10 * orderSteps * 0.05},
		{workload{n: 101}, "destroy", 11 * orderSteps * 0.05},
		{workload{n: 100}, "plan", 0},
		{workload{data: true, n: 200}, "apply", 0},
	} {
		if got := res.orderFloor(c.w, c.command).Seconds(); got != c.want {
			t.Errorf("%s %s: %vs, want %vs", c.w, c.command, got, c.want)
		}
	}
}
