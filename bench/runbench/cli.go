package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/colt-community/terraform-provider-colt/bench/rusage"
)

// cli is one Terraform-compatible CLI.
type cli struct {
	path     string
	label    string // first line of `version`, e.g. "Terraform v1.11.4"
	registry string // the host its dev_overrides name providers under
}

func findCLI(ctx context.Context, name string) (cli, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return cli{}, fmt.Errorf("CLI %q: %w", name, err)
	}
	if path, err = filepath.Abs(path); err != nil {
		return cli{}, err
	}
	cmd := exec.CommandContext(ctx, path, "version")
	cmd.Env = append(os.Environ(), "CHECKPOINT_DISABLE=1")
	out, err := cmd.Output()
	if err != nil {
		return cli{}, fmt.Errorf("%s version: %w", path, err)
	}
	label, _, _ := strings.Cut(string(out), "\n")
	c := cli{path: path, label: strings.TrimSpace(label), registry: "registry.terraform.io"}
	if strings.HasPrefix(c.label, "OpenTofu") {
		c.registry = "registry.opentofu.org"
	}
	return c, nil
}

// command is one step of a run, in the order the steps run.
type command struct {
	name string
	args []string
}

func commands(parallelism int) []command {
	p := "-parallelism=" + strconv.Itoa(parallelism)
	return []command{
		{"apply", []string{"apply", "-auto-approve", "-input=false", "-no-color", p}},
		{"plan", []string{"plan", "-detailed-exitcode", "-input=false", "-no-color", p}},
		{"refresh-only", []string{"apply", "-refresh-only", "-auto-approve", "-input=false", "-no-color", p}},
		{"destroy", []string{"destroy", "-auto-approve", "-input=false", "-no-color", p}},
	}
}

// usage is what one CLI command cost: the provider's plugin processes, and
// the CLI's own CPU.
type usage struct {
	wall time.Duration
	rusage.Total
	cliCPU  time.Duration
	changes bool // a plan that was not empty
}

// runCommand runs one CLI command in work, with env added to its
// environment, and reads the resource usage its provider processes recorded
// through provwrap.
func runCommand(ctx context.Context, c cli, work string, cmd command, timeout time.Duration, env ...string) (usage, error) {
	var u usage
	rusageDir, err := os.MkdirTemp(work, "rusage-")
	if err != nil {
		return u, err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	x := exec.CommandContext(ctx, c.path, cmd.args...)
	x.Dir = work
	x.Env = append(os.Environ(),
		"TF_CLI_CONFIG_FILE="+filepath.Join(work, "cli.tfrc"), "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1",
		rusage.DirEnv+"="+rusageDir)
	x.Env = append(x.Env, env...)
	// A process group of its own, so that a timeout ends the plugins too.
	x.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	x.Cancel = func() error { return syscall.Kill(-x.Process.Pid, syscall.SIGKILL) }
	var out bytes.Buffer
	x.Stdout, x.Stderr = &out, &out
	start := time.Now()
	err = x.Run()
	u.wall = time.Since(start)
	_ = os.WriteFile(filepath.Join(work, cmd.name+".log"), out.Bytes(), 0o600)
	if exit := (*exec.ExitError)(nil); cmd.name == "plan" && errors.As(err, &exit) && exit.ExitCode() == 2 {
		u.changes, err = true, nil
	}
	if err != nil {
		return u, fmt.Errorf("%s %s in %s: %w\n%s", filepath.Base(c.path), cmd.name, work, err, tail(out.String(), 40))
	}
	if u.Total, err = rusage.Sum(rusageDir); err != nil {
		return u, err
	}
	u.cliCPU, err = cliCPU(x.ProcessState, u.CPU)
	return u, err
}

// cliCPU is the CPU the CLI spent itself: wait4 counts, with the CLI's own,
// that of the children it reaped (provwrap, and the provider under it), so
// the providers' recorded CPU is taken out.
func cliCPU(ps *os.ProcessState, providers time.Duration) (time.Duration, error) {
	tree := ps.UserTime() + ps.SystemTime()
	if tree < providers {
		return 0, fmt.Errorf("the CLI's process tree used %s of CPU, less than its providers' %s: "+
			"it did not reap them, so its own CPU is unknown", tree, providers)
	}
	return tree - providers, nil
}

func tail(s string, lines int) string {
	parts := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return strings.Join(parts, "\n")
}
