//go:build profile

package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
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
		stops = append(stops, func() {
			if f, err := createProfile(prefix); err == nil {
				runtime.GC() // the live heap as of the last collection is what the profile shows
				if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
					log.Printf("profile: %v", err)
				}
				closeProfile(f)
			}
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

func closeProfile(f *os.File) {
	if err := f.Close(); err != nil {
		log.Printf("profile: %v", err)
	}
}
