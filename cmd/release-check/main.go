// Command release-check checks a GoReleaser snapshot in dist/ against what
// the Terraform and OpenTofu registries and colt-mock's users expect: the
// archive of every built target under its registry name with the binary
// inside, SHA256SUMS matching the files it lists, the registry manifest
// with protocol 6.0, and a release matrix of targets Go can build.
// scripts/release-check.sh (make release-check) runs it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "release-check:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("release-check", flag.ContinueOnError)
	dist := fs.String("dist", "dist", "GoReleaser's output directory")
	matrix := fs.String("matrix", "", "GoReleaser's resolved configuration (dist/config.yaml) of the full release")
	manifest := fs.String("manifest", "terraform-registry-manifest.json", "the registry manifest the release uploads")
	if err := fs.Parse(args); err != nil {
		return err
	}
	goTargets, err := goDistList()
	if err != nil {
		return err
	}
	rep, problems := check(config{dist: *dist, matrix: *matrix, manifest: *manifest, goTargets: goTargets})
	if _, err := fmt.Fprintln(out, strings.Join(rep.lines(), "\n")); err != nil {
		return err
	}
	if len(problems) > 0 {
		msgs := make([]string, len(problems))
		for i, p := range problems {
			msgs[i] = p.Error()
		}
		return errors.New(strings.Join(msgs, "\n  "))
	}
	return nil
}

// goDistList is the set of "os/arch" pairs this Go can build.
func goDistList() (map[string]bool, error) {
	raw, err := exec.CommandContext(context.Background(), "go", "tool", "dist", "list").Output()
	if err != nil {
		return nil, fmt.Errorf("go tool dist list: %w", err)
	}
	set := map[string]bool{}
	for _, line := range strings.Fields(string(raw)) {
		set[line] = true
	}
	return set, nil
}
