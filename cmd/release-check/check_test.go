package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testVersion = "0.0.1-snapshot"

const goodMatrix = `version: 2
builds:
  - id: provider
    goos:
      - linux
      - darwin
      - windows
    goarch:
      - amd64
      - arm
      - arm64
    targets:
      - linux_amd64_v1
      - linux_arm_6
      - linux_arm64_v8.0
      - darwin_amd64_v1
      - darwin_arm64_v8.0
      - windows_amd64_v1
      - windows_arm64_v8.0
    ignore:
      - goos: darwin
        goarch: arm
      - goos: windows
        goarch: arm
    binary: '{{ .ProjectName }}_v{{ .Version }}'
  - id: colt-mock
    goos:
      - linux
      - windows
    goarch:
      - amd64
    targets:
      - linux_amd64_v1
      - windows_amd64_v1
archives:
  - id: provider
    targets:
      - not_a_build
`

var testGoTargets = map[string]bool{
	"linux/amd64": true, "linux/arm": true, "linux/arm64": true,
	"darwin/amd64": true, "darwin/arm64": true, "windows/amd64": true, "windows/arm64": true,
}

// fakeRelease writes what a GoReleaser snapshot of linux/amd64 and
// windows/amd64 leaves in dist/, plus the matrix and manifest, and returns
// the configuration to check it with.
func fakeRelease(t *testing.T) config {
	t.Helper()
	root := t.TempDir()
	dist := filepath.Join(root, "dist")
	if err := os.Mkdir(dist, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "manifest.json"), `{"version": 1, "metadata": {"protocol_versions": ["6.0"]}}`)
	write(t, filepath.Join(root, "matrix.yaml"), goodMatrix)
	write(t, filepath.Join(dist, "metadata.json"), `{"project_name":"terraform-provider-colt","version":"`+testVersion+`"}`)

	var artifacts []map[string]any
	var sums []string
	for _, goos := range []string{"linux", "windows"} {
		exe := map[string]string{"windows": ".exe"}[goos]
		for _, b := range []struct{ id, binary, archive string }{
			{providerBuild, "terraform-provider-colt_v" + testVersion + exe, fmt.Sprintf("terraform-provider-colt_%s_%s_amd64.zip", testVersion, goos)},
			{mockBuild, "colt-mock" + exe, fmt.Sprintf("colt-mock_%s_%s_amd64.tar.gz", testVersion, goos)},
		} {
			artifacts = append(artifacts,
				map[string]any{"name": b.binary, "path": "dist/" + b.id + "_" + goos + "_amd64_v1/" + b.binary, "type": "Binary", "goos": goos, "goarch": "amd64", "extra": map[string]any{"ID": b.id}},
				map[string]any{"name": b.archive, "path": "dist/" + b.archive, "type": "Archive", "goos": goos, "goarch": "amd64", "extra": map[string]any{"ID": b.id}})
			path := filepath.Join(dist, b.archive)
			if strings.HasSuffix(b.archive, ".zip") {
				writeZip(t, path, "LICENSE", b.binary)
			} else {
				writeTarGz(t, path, "LICENSE", b.binary)
			}
			sums = append(sums, sha(t, path)+"  "+b.archive)
		}
	}
	sums = append(sums, sha(t, filepath.Join(root, "manifest.json"))+"  terraform-provider-colt_"+testVersion+"_manifest.json")
	write(t, filepath.Join(dist, "terraform-provider-colt_"+testVersion+"_SHA256SUMS"), strings.Join(sums, "\n")+"\n")
	raw, err := json.Marshal(artifacts)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dist, "artifacts.json"), string(raw))
	return config{dist: dist, matrix: filepath.Join(root, "matrix.yaml"), manifest: filepath.Join(root, "manifest.json"), goTargets: maps.Clone(testGoTargets)}
}

func TestCheckPassesAGoodSnapshot(t *testing.T) {
	rep, problems := check(fakeRelease(t))
	for _, p := range problems {
		t.Error(p)
	}
	if rep.version != testVersion || len(rep.matrix[providerBuild]) != 7 || len(rep.matrix[mockBuild]) != 2 {
		t.Errorf("report %+v", rep)
	}
	if len(rep.files) != 7 {
		t.Errorf("files %v", rep.files)
	}
}

func TestCheckFindsEachProblem(t *testing.T) {
	sumsFile := "terraform-provider-colt_" + testVersion + "_SHA256SUMS"
	linuxZip := "terraform-provider-colt_" + testVersion + "_linux_amd64.zip"
	for name, tc := range map[string]struct {
		breakIt func(t *testing.T, c config)
		want    string
	}{
		"archive renamed": {func(t *testing.T, c config) {
			rename(t, c.dist, linuxZip, "terraform-provider-colt_"+testVersion+"_linux_x86_64.zip")
		}, "archive " + linuxZip},
		"binary missing from the zip": {func(t *testing.T, c config) {
			writeZip(t, filepath.Join(c.dist, linuxZip), "LICENSE", "terraform-provider-colt")
			resum(t, c, linuxZip)
		}, "not terraform-provider-colt_v" + testVersion + " at its root"},
		"windows binary without .exe": {func(t *testing.T, c config) {
			name := "colt-mock_" + testVersion + "_windows_amd64.tar.gz"
			writeTarGz(t, filepath.Join(c.dist, name), "colt-mock")
			resum(t, c, name)
		}, "not colt-mock.exe"},
		"archive changed after checksumming": {func(t *testing.T, c config) {
			writeZip(t, filepath.Join(c.dist, linuxZip), "terraform-provider-colt_v"+testVersion, "extra")
		}, sumsFile + ": " + linuxZip + " has sha256"},
		"archive not listed": {func(t *testing.T, c config) {
			editFile(t, filepath.Join(c.dist, sumsFile), func(s string) string { return dropLine(s, linuxZip) })
		}, "does not list " + linuxZip},
		"manifest not listed": {func(t *testing.T, c config) {
			editFile(t, filepath.Join(c.dist, sumsFile), func(s string) string { return dropLine(s, "_manifest.json") })
		}, "does not list terraform-provider-colt_" + testVersion + "_manifest.json"},
		"manifest with protocol 5.0": {func(t *testing.T, c config) {
			write(t, c.manifest, `{"version": 1, "metadata": {"protocol_versions": ["5.0"]}}`)
		}, "protocol_versions [5.0]"},
		"unexpected archive": {func(t *testing.T, c config) {
			editFile(t, filepath.Join(c.dist, "artifacts.json"), func(s string) string {
				return strings.Replace(s, `[{`, `[{"name":"stray.zip","type":"Archive","extra":{"ID":"provider"}},{`, 1)
			})
		}, "unexpected archive stray.zip"},
		"a target Go cannot build": {func(t *testing.T, c config) {
			editFile(t, c.matrix, func(s string) string {
				return strings.Replace(s, "      - windows_arm64_v8.0\n", "      - windows_arm64_v8.0\n      - windows_arm_6\n", 1)
			})
		}, "target windows_arm_6 (windows/arm) is not in go tool dist list"},
		"windows/arm declared and not ignored": {func(t *testing.T, c config) {
			editFile(t, c.matrix, func(s string) string {
				return strings.Replace(s, "      - goos: windows\n        goarch: arm\n", "", 1)
			})
		}, "release matrix provider declares windows/arm, which is not in go tool dist list"},
		"darwin ignored as a whole but linux/arm not": {func(t *testing.T, c config) {
			editFile(t, c.matrix, func(s string) string {
				return strings.Replace(s, "      - goos: darwin\n        goarch: arm\n", "      - goos: darwin\n", 1)
			})
			delete(c.goTargets, "linux/arm")
		}, "declares linux/arm"},
		"a registry platform missing": {func(t *testing.T, c config) {
			editFile(t, c.matrix, func(s string) string { return strings.Replace(s, "      - darwin_arm64_v8.0\n", "", 1) })
		}, "lacks darwin/arm64"},
		"wrong project": {func(t *testing.T, c config) {
			editFile(t, filepath.Join(c.dist, "metadata.json"), func(s string) string { return strings.Replace(s, "terraform-provider-colt", "main", 1) })
		}, `project "main"`},
	} {
		t.Run(name, func(t *testing.T) {
			c := fakeRelease(t)
			tc.breakIt(t, c)
			_, problems := check(c)
			var all []string
			for _, p := range problems {
				all = append(all, p.Error())
			}
			if !strings.Contains(strings.Join(all, "\n"), tc.want) {
				t.Errorf("problems %q, want one containing %q", all, tc.want)
			}
		})
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func editFile(t *testing.T, path string, edit func(string) string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	write(t, path, edit(string(raw)))
}

func rename(t *testing.T, dir, from, to string) {
	t.Helper()
	if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
		t.Fatal(err)
	}
}

func dropLine(s, containing string) string {
	var keep []string
	for _, line := range strings.Split(s, "\n") {
		if !strings.Contains(line, containing) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

// resum updates name's line in SHA256SUMS after the test changed the file.
func resum(t *testing.T, c config, name string) {
	t.Helper()
	editFile(t, filepath.Join(c.dist, "terraform-provider-colt_"+testVersion+"_SHA256SUMS"), func(s string) string {
		return dropLine(s, name) + sha(t, filepath.Join(c.dist, name)) + "  " + name + "\n"
	})
}

func sha(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

func writeZip(t *testing.T, path string, names ...string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(n)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeTarGz(t *testing.T, path string, names ...string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	for _, n := range names {
		if err := tw.WriteHeader(&tar.Header{Name: n, Mode: 0o755, Size: int64(len(n))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(n)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []interface{ Close() error }{tw, gz, f} {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
