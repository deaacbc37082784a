package provider

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// docsCLI is how the documentation's examples are run: the CLI under test
// with the CLI configuration of the local-builds guide, pointed at this
// build, and a directory where `terraform` is that CLI, for the docs'
// shell scripts.
type docsCLI struct {
	path, config, shims string
}

// devOverridesPlaceholder is the path the local-builds guide asks readers
// to replace with their build's.
const devOverridesPlaceholder = "/absolute/path/to/terraform-provider-colt/bin"

func newDocsCLI(t *testing.T, cli string) docsCLI {
	t.Helper()
	blocks := guideBlocks(t, "guides/local-builds.md.tmpl")
	if len(blocks) != 1 || !strings.Contains(blocks[0], devOverridesPlaceholder) {
		t.Fatalf("the local-builds guide no longer holds one CLI configuration with %s", devOverridesPlaceholder)
	}
	dir := t.TempDir()
	c := docsCLI{path: cli, config: filepath.Join(dir, "dev.tfrc"), shims: filepath.Join(dir, "bin")}
	text := strings.ReplaceAll(blocks[0], devOverridesPlaceholder, buildProvider(t))
	if err := os.WriteFile(c.config, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(c.shims, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(cli, filepath.Join(c.shims, "terraform")); err != nil {
		t.Fatal(err)
	}
	return c
}

// docsWork is one working directory of documentation examples, against a
// fresh colt-mock.
type docsWork struct {
	t      *testing.T
	cli    docsCLI
	dir    string
	target *acctest.Target
	env    []string
}

// Files the test adds beside an example: what a user's configuration
// around it would hold, and what they would set to point it at colt-mock.
const (
	docsProvidersFile = "docs_required_providers.tf"
	docsMockFile      = "docs_mock_override.tf"
	docsDestroyFile   = "docs_destroy_override.tf"
)

func newDocsWork(t *testing.T, cli docsCLI, seed mock.Seed) *docsWork {
	t.Helper()
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	if seed != (mock.Seed{}) {
		if _, err := m.Seed(target.ClientID, seed); err != nil {
			t.Fatal(err)
		}
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "COLT_") && !strings.HasPrefix(kv, "TF_VAR_") {
			env = append(env, kv)
		}
	}
	env = append(env, "TF_CLI_CONFIG_FILE="+cli.config, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1",
		"PATH="+cli.shims+string(os.PathListSeparator)+os.Getenv("PATH"),
		"COLT_BASE_URL="+target.BaseURL, "COLT_CLIENT_ID="+target.ClientID, "COLT_CLIENT_SECRET="+target.ClientSecret)
	// Values of the variables the examples declare.
	env = append(env, "TF_VAR_base_url="+target.BaseURL, "TF_VAR_colt_gateway="+target.BaseURL,
		"TF_VAR_madrid_port_date="+time.Now().UTC().AddDate(0, 0, 30).Format(time.DateOnly))
	return &docsWork{t: t, cli: cli, dir: t.TempDir(), target: target, env: env}
}

// link puts repository files into the working directory as they are.
func (w *docsWork) link(paths ...string) {
	w.t.Helper()
	for _, p := range paths {
		if err := os.Symlink(p, filepath.Join(w.dir, filepath.Base(p))); err != nil {
			w.t.Fatal(err)
		}
	}
}

func (w *docsWork) write(name, text string) {
	w.t.Helper()
	if err := os.WriteFile(filepath.Join(w.dir, name), []byte(text), 0o600); err != nil {
		w.t.Fatal(err)
	}
}

// command runs the CLI (or, with "bash", a docs script) in the working
// directory, after adding the context the configuration lacks.
func (w *docsWork) command(args ...string) (string, error) {
	w.t.Helper()
	w.addContext()
	name := w.cli.path
	if args[0] == "bash" {
		name, args = "bash", args[1:]
	}
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = w.dir, w.env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (w *docsWork) run(args ...string) string {
	w.t.Helper()
	out, err := w.command(args...)
	if err != nil {
		w.t.Fatalf("%s %s: %v\n%s", filepath.Base(w.cli.path), strings.Join(args, " "), err, out)
	}
	return out
}

func (w *docsWork) apply(args ...string) {
	w.t.Helper()
	w.run(append([]string{"apply", "-auto-approve", "-input=false", "-no-color"}, args...)...)
}

var (
	defaultProviderBlock = regexp.MustCompile(`(?m)^provider "colt" \{\n((?:.*\n)*?)\}`)
	aliasLine            = regexp.MustCompile(`(?m)^\s*alias\s*=`)
)

// addContext adds what an example leaves to the configuration around it:
// the provider's source when no file declares it, and, where a provider
// block sets no alias, its base_url pointed at the mock (an override file,
// so that the example stays as written). Credentials come from the
// environment.
func (w *docsWork) addContext() {
	w.t.Helper()
	var config strings.Builder
	files, _ := filepath.Glob(filepath.Join(w.dir, "*.tf"))
	for _, f := range files {
		if base := filepath.Base(f); base == docsProvidersFile || base == docsMockFile {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			w.t.Fatal(err)
		}
		config.Write(raw)
		config.WriteString("\n")
	}
	text := config.String()
	ensure := func(name string, needed bool, content string) {
		path := filepath.Join(w.dir, name)
		if !needed {
			_ = os.Remove(path)
			return
		}
		w.write(name, content)
	}
	ensure(docsProvidersFile, !strings.Contains(text, "required_providers"),
		"terraform {\n  required_providers {\n    colt = { source = \"colt-community/colt\" }\n  }\n}\n")
	defaultBlock := false
	for _, m := range defaultProviderBlock.FindAllStringSubmatch(text, -1) {
		defaultBlock = defaultBlock || !aliasLine.MatchString(m[1])
	}
	ensure(docsMockFile, defaultBlock, fmt.Sprintf("provider \"colt\" {\n  base_url = %q\n}\n", w.target.BaseURL))
}

// planEmpty fails unless a plan after the apply changes nothing: no
// resource to add, change, remove or import.
func (w *docsWork) planEmpty() {
	w.t.Helper()
	if changes := w.planChanges(); changes != (planCounts{}) {
		w.t.Errorf("the plan after apply is not empty: %+v\n%s", changes, w.run("plan", "-input=false", "-no-color"))
	}
}

type planCounts struct{ Add, Change, Remove, Import int }

// planChanges counts the resource changes of a plan (`plan -json`'s
// change summary).
func (w *docsWork) planChanges() planCounts {
	w.t.Helper()
	out := w.run("plan", "-json", "-input=false")
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var msg struct {
			Type    string     `json:"type"`
			Changes planCounts `json:"changes"`
		}
		if json.Unmarshal(sc.Bytes(), &msg) == nil && msg.Type == "change_summary" {
			return msg.Changes
		}
	}
	w.t.Fatalf("no change summary in the plan:\n%s", out)
	return planCounts{}
}

type stateResource struct {
	Mode, Type, Name string
	Values           struct {
		DeletionProtection bool     `json:"deletion_protection"`
		Numbers            []string `json:"numbers"`
	}
}

// coltResources are the colt_number and colt_port_in resources in the state.
func (w *docsWork) coltResources() []stateResource {
	w.t.Helper()
	var doc struct {
		Values struct {
			RootModule struct {
				Resources []stateResource `json:"resources"`
			} `json:"root_module"`
		} `json:"values"`
	}
	if err := json.Unmarshal([]byte(w.run("show", "-json")), &doc); err != nil {
		w.t.Fatal(err)
	}
	var out []stateResource
	for _, r := range doc.Values.RootModule.Resources {
		if r.Mode == "managed" && (r.Type == "colt_number" || r.Type == "colt_port_in") {
			out = append(out, r)
		}
	}
	return out
}

// destroy gives everything back as the getting-started guide says: numbers
// in service are protected, so a user first sets deletion_protection (and
// a prevent_destroy of their own) to false and applies; here an override
// file does that.
func (w *docsWork) destroy() {
	w.t.Helper()
	var override strings.Builder
	lifecycle := w.configHas("prevent_destroy")
	seen := map[string]bool{}
	resources := w.coltResources()
	for _, r := range resources {
		key := r.Type + "." + r.Name
		if seen[key] || (!r.Values.DeletionProtection && !lifecycle) {
			continue
		}
		seen[key] = true
		fmt.Fprintf(&override, "resource %q %q {\n  deletion_protection = false\n", r.Type, r.Name)
		if lifecycle {
			override.WriteString("  lifecycle {\n    prevent_destroy = false\n  }\n")
		}
		override.WriteString("}\n")
	}
	if override.Len() > 0 {
		w.write(docsDestroyFile, override.String())
		w.apply()
	}
	w.destroyHolding(resources)
}

// destroyAsWritten destroys the configuration as it stands.
func (w *docsWork) destroyAsWritten() {
	w.t.Helper()
	w.destroyHolding(w.coltResources())
}

// destroyHolding destroys, then checks that none of the resources' numbers
// is left in the inventory.
func (w *docsWork) destroyHolding(resources []stateResource) {
	w.t.Helper()
	var numbers []string
	for _, r := range resources {
		numbers = append(numbers, r.Values.Numbers...)
	}
	w.run("destroy", "-auto-approve", "-input=false", "-no-color")
	held, err := w.target.Client(w.t).ListNumbers(context.Background(), colt.NumberQuery{})
	if err != nil {
		w.t.Fatal(err)
	}
	for _, n := range held {
		if slices.Contains(numbers, n.Number) {
			w.t.Errorf("%s is still in the inventory (%s) after destroy", n.Number, n.Status)
		}
	}
}

func (w *docsWork) configHas(s string) bool {
	w.t.Helper()
	files, _ := filepath.Glob(filepath.Join(w.dir, "*.tf"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			w.t.Fatal(err)
		}
		if strings.Contains(string(raw), s) {
			return true
		}
	}
	return false
}
