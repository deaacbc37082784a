//go:build profile

package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"time"
)

// Environment variables naming the file prefixes of a profiling build's
// (go build -tags profile) CPU and heap profiles; each provider process
// writes <prefix><pid>.pprof, since the CLI starts several per command.
const (
	cpuProfileEnv = "COLT_CPUPROFILE"
	memProfileEnv = "COLT_MEMPROFILE"
)

// startProfiling starts the CPU profile and returns what writes the
// profiles once the provider has stopped serving.
func startProfiling() func() {
	var stops []func()
	if prefix := os.Getenv(cpuProfileEnv); prefix != "" {
		if f, err := createProfile(prefix); err == nil {
			if err := pprof.StartCPUProfile(f); err != nil {
				log.Printf("profile: %v", err)
			}
			stops = append(stops, func() { pprof.StopCPUProfile(); closeProfile(f) })
		}
	}
	if prefix := os.Getenv(memProfileEnv); prefix != "" {
		stopPeak := watchPeakHeap(prefix + "peak-")
		stops = append(stops, stopPeak, func() {
			runtime.GC() // the live heap as of the last collection is what the profile shows
			writeProfile(prefix, "allocs", 0)
		})
	}
	return func() {
		for _, stop := range stops {
			stop()
		}
	}
}

func createProfile(prefix string) (*os.File, error) {
	f, err := os.Create(fmt.Sprintf("%s%d.pprof", prefix, os.Getpid()))
	if err != nil {
		log.Printf("profile: %v", err)
	}
	return f, err
}

// writeProfile writes the runtime profile name to <prefix><pid>.pprof.
func writeProfile(prefix, name string, debug int) {
	f, err := createProfile(prefix)
	if err != nil {
		return
	}
	if err := pprof.Lookup(name).WriteTo(f, debug); err != nil {
		log.Printf("profile: %v", err)
	}
	closeProfile(f)
}

func closeProfile(f *os.File) {
	if err := f.Close(); err != nil {
		log.Printf("profile: %v", err)
	}
}

// watchPeakHeap writes a heap profile (<prefix><pid>.pprof) and a goroutine
// dump each time the heap in use passes its last high by a tenth, checked
// every 50 ms, so that the last ones written show the process's peak.
func watchPeakHeap(prefix string) func() {
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var peak uint64
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapInuse < peak+peak/10 {
				continue
			}
			peak = m.HeapInuse
			writeProfile(prefix, "heap", 0)
			writeProfile(prefix+"goroutine-", "goroutine", 1)
		}
	}()
	return func() { close(stop); <-done }
}
