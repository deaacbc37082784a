//go:build linux

// Command provwrap stands in for a provider binary in the benchmark's
// dev_overrides folder. It runs the real provider (real/<its own name>
// beside it) with its own standard streams and environment, waits for it,
// and records the provider's resource usage as wait4 reports it in the
// folder $BENCH_RUSAGE_DIR (package rusage): the exact peak RSS and CPU
// time of a plugin process, which the CLI starts and reaps where no one
// else can see them.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/colt-community/terraform-provider-colt/bench/rusage"
)

func main() {
	self, err := os.Executable()
	if err != nil {
		fail(err)
	}
	cmd := exec.CommandContext(context.Background(), filepath.Join(filepath.Dir(self), "real", filepath.Base(self)), os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	// The provider goes when this process goes, however it goes.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	// go-plugin providers ignore interrupts (the CLI ends them over gRPC);
	// so does this wrapper, or a Ctrl-C would orphan the provider's exit.
	signal.Ignore(os.Interrupt)
	if err := cmd.Start(); err != nil {
		fail(err)
	}
	err = cmd.Wait()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		if dir := os.Getenv(rusage.DirEnv); dir != "" {
			err := rusage.Write(dir, cmd.Process.Pid, rusage.Record{
				MaxRSSKiB: ru.Maxrss, // kilobytes on Linux
				UserNS:    syscall.TimevalToNsec(ru.Utime),
				SystemNS:  syscall.TimevalToNsec(ru.Stime),
			})
			if err != nil {
				fmt.Fprintln(os.Stderr, "provwrap:", err)
			}
		}
	}
	if exit := (*exec.ExitError)(nil); errors.As(err, &exit) {
		os.Exit(exit.ExitCode())
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "provwrap:", err)
	os.Exit(1)
}
