package main

import (
	"os"
	"path/filepath"
)

// With -profile, terraform-provider-colt is built with its profiling hook
// (go build -tags profile, see profile.go at the module root) and every
// process of it writes a CPU and a heap profile to the folder, named after
// the run and the command: <run>-<command>-cpu-<pid>.pprof and -mem-.
const profileTag = "profile"

// profileCommand points the provider processes of the next command at
// their profile files (they inherit the CLI's environment).
func (o options) profileCommand(dir, command string) error {
	if o.profile == "" {
		return nil
	}
	if err := os.MkdirAll(o.profile, 0o700); err != nil {
		return err
	}
	prefix := filepath.Join(o.profile, filepath.Base(dir)+"-"+command)
	if err := os.Setenv("COLT_CPUPROFILE", prefix+"-cpu-"); err != nil {
		return err
	}
	return os.Setenv("COLT_MEMPROFILE", prefix+"-mem-")
}

// ourBuildFlags are the go build flags of terraform-provider-colt.
func (o options) ourBuildFlags() []string {
	if o.profile == "" {
		return nil
	}
	return []string{"-tags", profileTag}
}
