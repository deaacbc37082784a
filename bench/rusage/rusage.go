// Package rusage carries provider processes' resource usage from
// bench/provwrap, which reaps them, to bench/runbench: one JSON file per
// process in the folder named by $BENCH_RUSAGE_DIR.
package rusage

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// DirEnv names the folder the records go to.
const DirEnv = "BENCH_RUSAGE_DIR"

// Record is one process's resource usage.
type Record struct {
	MaxRSSKiB int64 `json:"max_rss_kib"`
	UserNS    int64 `json:"user_ns"`
	SystemNS  int64 `json:"system_ns"`
}

// Write stores r for process pid in dir.
func Write(dir string, pid int, r Record) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, strconv.Itoa(pid)+".json"), raw, 0o600)
}

// Total is the usage of every process recorded in one folder.
type Total struct {
	Processes int
	PeakRSS   int64 // KiB, the largest of any one process
	CPU       time.Duration
}

// Sum reads every record in dir.
func Sum(dir string) (Total, error) {
	var t Total
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return t, err
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return t, err
		}
		var r Record
		if err := json.Unmarshal(raw, &r); err != nil {
			return t, fmt.Errorf("%s: %w", f, err)
		}
		t.Processes++
		t.PeakRSS = max(t.PeakRSS, r.MaxRSSKiB)
		t.CPU += time.Duration(r.UserNS + r.SystemNS)
	}
	return t, nil
}
