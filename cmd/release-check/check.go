package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

const project = "terraform-provider-colt"

// Build ids of .goreleaser.yml.
const (
	providerBuild = "provider"
	mockBuild     = "colt-mock"
)

// registryPlatforms must be in the provider's matrix: what most Terraform
// and OpenTofu users run.
var registryPlatforms = []string{"darwin/amd64", "darwin/arm64", "linux/amd64", "linux/arm64", "windows/amd64"}

type config struct {
	dist, matrix, manifest string
	goTargets              map[string]bool // "os/arch" pairs Go can build
}

type artifact struct {
	Name   string `json:"name"`
	Path   string `json:"path"`
	Type   string `json:"type"`
	Goos   string `json:"goos"`
	Goarch string `json:"goarch"`
	Extra  struct {
		ID string `json:"ID"`
	} `json:"extra"`
}

type report struct {
	version string
	matrix  map[string][]string
	files   []string // name and size of each file dist/ holds
}

func (r report) lines() []string {
	out := []string{"snapshot version " + r.version}
	for _, id := range []string{providerBuild, mockBuild} {
		out = append(out, fmt.Sprintf("release matrix %s: %d targets (%s)", id, len(r.matrix[id]), strings.Join(r.matrix[id], " ")))
	}
	out = append(out, "artifacts in dist/:")
	for _, f := range r.files {
		out = append(out, "  "+f)
	}
	return out
}

// check returns what it found and every problem with it.
func check(c config) (report, []error) {
	var rep report
	var problems []error
	fail := func(format string, args ...any) { problems = append(problems, fmt.Errorf(format, args...)) }

	var meta struct {
		ProjectName string `json:"project_name"`
		Version     string `json:"version"`
	}
	if err := readJSON(filepath.Join(c.dist, "metadata.json"), &meta); err != nil {
		return rep, []error{err}
	}
	rep.version = meta.Version
	if meta.ProjectName != project {
		fail("metadata.json: project %q, want %q", meta.ProjectName, project)
	}
	var artifacts []artifact
	if err := readJSON(filepath.Join(c.dist, "artifacts.json"), &artifacts); err != nil {
		return rep, []error{err}
	}
	rep.files = distFiles(c.dist)

	archives := expectedArchives(meta.Version, artifacts, fail)
	for _, a := range artifacts {
		if a.Type == "Archive" && archives[a.Name] == "" {
			fail("unexpected archive %s", a.Name)
		}
	}
	for name, binary := range archives {
		path := filepath.Join(c.dist, name)
		if _, err := os.Stat(path); err != nil {
			fail("archive %s: %v", name, err)
			continue
		}
		entries, err := archiveEntries(path)
		if err != nil {
			fail("archive %s: %v", name, err)
		} else if !slices.Contains(entries, binary) {
			fail("archive %s holds %v, not %s at its root", name, entries, binary)
		}
	}

	manifestName := fmt.Sprintf("%s_%s_manifest.json", project, meta.Version)
	checkSums(c, meta.Version, manifestName, archives, fail)
	checkManifest(c.manifest, fail)

	rep.matrix = checkMatrix(c, fail)
	return rep, problems
}

// expectedArchives maps the archive each built binary must ship in to the
// binary's name inside it.
func expectedArchives(version string, artifacts []artifact, fail func(string, ...any)) map[string]string {
	out := map[string]string{}
	for _, a := range artifacts {
		if a.Type != "Binary" {
			continue
		}
		exe := ""
		if a.Goos == "windows" {
			exe = ".exe"
		}
		switch a.Extra.ID {
		case providerBuild:
			out[fmt.Sprintf("%s_%s_%s_%s.zip", project, version, a.Goos, a.Goarch)] = project + "_v" + version + exe
		case mockBuild:
			out[fmt.Sprintf("colt-mock_%s_%s_%s.tar.gz", version, a.Goos, a.Goarch)] = "colt-mock" + exe
		default:
			fail("binary %s of unknown build %q", a.Name, a.Extra.ID)
		}
		if a.Name != filepath.Base(a.Path) {
			fail("binary %s built as %s", a.Name, a.Path)
		}
	}
	if len(out) == 0 {
		fail("artifacts.json lists no binaries")
	}
	return out
}

// checkSums checks that SHA256SUMS lists every archive and the manifest,
// and that every file it lists has that checksum.
func checkSums(c config, version, manifestName string, archives map[string]string, fail func(string, ...any)) {
	name := fmt.Sprintf("%s_%s_SHA256SUMS", project, version)
	raw, err := os.ReadFile(filepath.Join(c.dist, name))
	if err != nil {
		fail("checksums: %v", err)
		return
	}
	listed := map[string]bool{}
	for i, line := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
		sum, file, ok := strings.Cut(line, "  ")
		if !ok || len(sum) != sha256.Size*2 {
			fail("%s line %d is not \"<sha256>  <file>\": %q", name, i+1, line)
			continue
		}
		listed[file] = true
		path := filepath.Join(c.dist, file)
		if file == manifestName {
			path = c.manifest // uploaded under manifestName
		}
		got, err := fileSHA256(path)
		switch {
		case err != nil:
			fail("%s lists %s: %v", name, file, err)
		case got != sum:
			fail("%s: %s has sha256 %s, the file %s", name, file, sum, got)
		}
	}
	for archive := range archives {
		if !listed[archive] {
			fail("%s does not list %s", name, archive)
		}
	}
	if !listed[manifestName] {
		fail("%s does not list %s", name, manifestName)
	}
}

func checkManifest(path string, fail func(string, ...any)) {
	var m struct {
		Version  int `json:"version"`
		Metadata struct {
			ProtocolVersions []string `json:"protocol_versions"`
		} `json:"metadata"`
	}
	if err := readJSON(path, &m); err != nil {
		fail("manifest: %v", err)
		return
	}
	if m.Version != 1 || !slices.Equal(m.Metadata.ProtocolVersions, []string{"6.0"}) {
		fail("manifest %s: version %d, protocol_versions %v; want 1 and [6.0] (terraform-plugin-framework serves protocol 6)",
			path, m.Version, m.Metadata.ProtocolVersions)
	}
}

// checkMatrix checks the whole release matrix (not only the targets the
// snapshot built): every OS/arch pair the configuration declares must be
// one Go can build, or be ignored. GoReleaser leaves such pairs out of its
// targets without a word, so they are checked as declared.
func checkMatrix(c config, fail func(string, ...any)) map[string][]string {
	raw, err := os.ReadFile(c.matrix)
	if err != nil {
		fail("release matrix: %v", err)
		return nil
	}
	builds := parseMatrix(string(raw))
	out := map[string][]string{}
	for _, id := range []string{providerBuild, mockBuild} {
		b := builds[id]
		if b == nil || len(b.targets) == 0 {
			fail("release matrix %s: no targets found in %s", id, c.matrix)
			continue
		}
		out[id] = b.targets
		for _, pair := range b.declared() {
			if !c.goTargets[pair] {
				fail("release matrix %s declares %s, which is not in go tool dist list: add it to ignore", id, pair)
			}
		}
		for _, t := range b.targets {
			if pair := osArch(t); !c.goTargets[pair] {
				fail("release matrix %s: target %s (%s) is not in go tool dist list", id, t, pair)
			}
		}
	}
	for _, p := range registryPlatforms {
		if !slices.ContainsFunc(out[providerBuild], func(t string) bool { return osArch(t) == p }) {
			fail("release matrix %s lacks %s", providerBuild, p)
		}
	}
	return out
}

// osArch turns a GoReleaser target such as "linux_arm_6" into "linux/arm".
func osArch(target string) string {
	parts := strings.SplitN(target, "_", 3)
	if len(parts) < 2 {
		return target
	}
	return parts[0] + "/" + parts[1]
}

// buildMatrix is one build's matrix as GoReleaser's resolved configuration
// (dist/config.yaml) writes it.
type buildMatrix struct {
	goos, goarch, targets []string
	ignore                []string // "os/arch", or "os/" for a whole OS
}

// declared lists goos x goarch less ignore, as "os/arch".
func (b *buildMatrix) declared() []string {
	var out []string
	for _, goos := range b.goos {
		for _, goarch := range b.goarch {
			pair := goos + "/" + goarch
			if !slices.Contains(b.ignore, pair) && !slices.Contains(b.ignore, goos+"/") {
				out = append(out, pair)
			}
		}
	}
	return out
}

// parseMatrix reads the builds' goos, goarch, targets and ignore lists from
// the block-style YAML GoReleaser writes to dist/config.yaml.
func parseMatrix(yaml string) map[string]*buildMatrix {
	out := map[string]*buildMatrix{}
	var cur *buildMatrix
	inBuilds, key := false, ""
	for _, line := range strings.Split(yaml, "\n") {
		item := strings.TrimSpace(strings.TrimPrefix(line, "      - "))
		switch {
		case line != "" && line[0] != ' ' && line[0] != '#':
			inBuilds, key = line == "builds:", ""
		case !inBuilds:
		case strings.HasPrefix(line, "  - id: "):
			cur = &buildMatrix{}
			out[unquote(strings.TrimPrefix(line, "  - id: "))] = cur
			key = ""
		case strings.HasPrefix(line, "    ") && !strings.HasPrefix(line, "     "):
			key = strings.TrimSuffix(strings.TrimSpace(line), ":")
		case cur == nil:
		case strings.HasPrefix(line, "      - ") && key == "ignore":
			goos, _ := strings.CutPrefix(item, "goos: ")
			cur.ignore = append(cur.ignore, unquote(goos)+"/")
		case strings.HasPrefix(line, "        goarch: ") && key == "ignore" && len(cur.ignore) > 0:
			cur.ignore[len(cur.ignore)-1] += unquote(strings.TrimPrefix(line, "        goarch: "))
		case strings.HasPrefix(line, "      - "):
			switch key {
			case "goos":
				cur.goos = append(cur.goos, unquote(item))
			case "goarch":
				cur.goarch = append(cur.goarch, unquote(item))
			case "targets":
				cur.targets = append(cur.targets, unquote(item))
			}
		}
	}
	return out
}

func unquote(s string) string { return strings.Trim(strings.TrimSpace(s), `"'`) }

func distFiles(dist string) []string {
	entries, err := os.ReadDir(dist)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() {
			out = append(out, fmt.Sprintf("%s (%d bytes)", e.Name(), info.Size()))
		}
	}
	return out
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func fileSHA256(path string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:]), nil
}
