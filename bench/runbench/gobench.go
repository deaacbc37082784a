package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// goBenchResult is the median of each metric of one client benchmark.
type goBenchResult struct {
	name    string
	units   []string // in the order go test prints them
	medians map[string]float64
}

// runGoBench runs the client's go benchmarks count times.
func runGoBench(ctx context.Context, root string, count int) ([]goBenchResult, error) {
	cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", ".", "-benchmem",
		"-count", strconv.Itoa(count), "./internal/colt/")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("go test -bench ./internal/colt/: %w\n%s", err, tail(string(out), 40))
	}
	return parseGoBench(out), nil
}

var cpuSuffix = regexp.MustCompile(`-\d+$`)

// parseGoBench reads go test -bench output: a name, an iteration count,
// then value-unit pairs.
func parseGoBench(out []byte) []goBenchResult {
	var order []string
	units := map[string][]string{}
	values := map[string]map[string][]float64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := cpuSuffix.ReplaceAllString(f[0], "")
		if values[name] == nil {
			order = append(order, name)
			values[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			unit := f[i+1]
			if values[name][unit] == nil {
				units[name] = append(units[name], unit)
			}
			values[name][unit] = append(values[name][unit], v)
		}
	}
	parsed := make([]goBenchResult, 0, len(order))
	for _, name := range order {
		r := goBenchResult{name: name, units: units[name], medians: map[string]float64{}}
		for unit, v := range values[name] {
			r.medians[unit] = median(v)
		}
		parsed = append(parsed, r)
	}
	return parsed
}
