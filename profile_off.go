//go:build !profile

package main

// startProfiling does nothing outside a profiling build (see profile.go).
func startProfiling() func() { return func() {} }
