package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// moduleRoot is the folder of this module's go.mod.
func moduleRoot(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("runbench must run inside the provider's module")
	}
	return filepath.Dir(mod), nil
}

// providers are the two sides of every comparison: the folder each is
// served from (a dev_overrides target) and its source address.
type providers struct {
	oursDir, floorDir string
}

const (
	oursSource  = "colt-community/colt"
	floorSource = "colt-community/floor"
)

// buildProviders builds terraform-provider-colt and the floor into
// work/<side>/real/, each behind provwrap under the provider's own name,
// so that every plugin process's resource usage is recorded.
func buildProviders(ctx context.Context, root, oursSrc, work string, ourFlags []string) (providers, error) {
	p := providers{oursDir: filepath.Join(work, "ours"), floorDir: filepath.Join(work, "floor")}
	if oursSrc == "" {
		oursSrc = root
	}
	builds := []struct {
		src, pkg, dir, name string
		flags               []string
	}{
		{oursSrc, ".", p.oursDir, "terraform-provider-colt", ourFlags},
		{root, "./bench/floor", p.floorDir, "terraform-provider-floor", nil},
	}
	wrapper := filepath.Join(work, "provwrap")
	if err := goBuild(ctx, root, "./bench/provwrap", wrapper); err != nil {
		return p, err
	}
	for _, b := range builds {
		if err := goBuild(ctx, b.src, b.pkg, filepath.Join(b.dir, "real", b.name), b.flags...); err != nil {
			return p, err
		}
		if err := copyExecutable(wrapper, filepath.Join(b.dir, b.name)); err != nil {
			return p, err
		}
	}
	return p, nil
}

func goBuild(ctx context.Context, root, pkg, out string, flags ...string) error {
	cmd := exec.CommandContext(ctx, "go", append(append([]string{"build"}, flags...), "-o", out, pkg)...)
	cmd.Dir = root
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %w\n%s", pkg, err, msg)
	}
	return nil
}

func copyExecutable(from, to string) error {
	raw, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, raw, 0o755) //nolint:gosec // an executable for the CLI to start
}
