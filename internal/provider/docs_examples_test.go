package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// exampleSeeds is what colt-mock holds before an example directory runs:
// the objects its fixed ids name.
var exampleSeeds = map[string]mock.Seed{
	// order_id = "ORD-00012345": a reservation.
	"examples/data-sources/colt_number_order": {Numbers: mock.SeedBlockSize, FirstOrderID: 12345},
	// The port-in its import block and import.sh adopt is ORD-00012345.
	"examples/resources/colt_port_in": {FirstOrderID: 12345},
}

// Every example under examples/ (but the list resources') and every HCL
// block of templates/, applied against colt-mock with the CLI under test
// (TF_ACC_TERRAFORM_PATH, else terraform on PATH) as written, planned again
// without changes, and destroyed. The test adds only what a user's own
// configuration around a snippet holds: the provider's source when the
// example does not declare it, credentials and base_url from the
// environment (an override file where a provider block sets them), values
// for declared variables.
func TestAccDocsExamples(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli := newDocsCLI(t, cliPath(t))
	root := repoRoot(t)
	dirs, _ := filepath.Glob(filepath.Join(root, "examples", "*", "*"))
	dirs = append(dirs, filepath.Join(root, "examples", "provider"), filepath.Join(root, "examples", "demo"))
	for _, dir := range dirs {
		rel, _ := filepath.Rel(root, dir)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() || strings.HasPrefix(rel, filepath.Join("examples", "list-resources")) {
			continue
		}
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			runExampleDir(t, cli, dir, exampleSeeds[rel])
		})
	}
	guides := map[string]func(t *testing.T){
		"templates/index":                                      func(t *testing.T) { runGuideBlock(t, cli, "index.md.tmpl", 0) },
		"templates/guides/getting-started":                     func(t *testing.T) { runGettingStarted(t, cli) },
		"templates/guides/testing-with-colt-mock":              func(t *testing.T) { runGuideBlock(t, cli, "guides/testing-with-colt-mock.md.tmpl", 0) },
		"templates/guides/adopting-existing-numbers/import-id": func(t *testing.T) { runGuideImport(t, cli, 5) },
	}
	for name, run := range guides {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			run(t)
		})
	}
}

var (
	importTarget = regexp.MustCompile(`(?m)^import \{\n\s+to\s+=\s+(\S+)`)
	importScript = regexp.MustCompile(`(?m)^terraform import (\S+) `)
)

// runExampleDir applies one example directory. An import block or
// import.sh adopts what Colt already holds: the example's own resource
// creates it first (-target), and is then forgotten (state rm), as if
// placed outside the configuration. A fresh colt-mock's pool hands out the
// numbers the examples name first; order ids come from exampleSeeds.
func runExampleDir(t *testing.T, cli docsCLI, dir string, seed mock.Seed) {
	w := newDocsWork(t, cli, seed)
	files, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
	if len(files) == 0 {
		t.Fatalf("%s has no .tf file", dir)
	}
	var imports, targets []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := importTarget.FindAllStringSubmatch(string(raw), -1); m != nil {
			imports = append(imports, f)
			for _, sub := range m {
				targets = append(targets, sub[1])
			}
			continue
		}
		w.link(f)
	}
	for _, to := range targets {
		w.apply("-target=" + to)
		w.run("state", "rm", to)
	}
	w.link(imports...)
	w.apply()
	script := filepath.Join(dir, "import.sh")
	if raw, err := os.ReadFile(script); err == nil {
		m := importScript.FindAllStringSubmatch(string(raw), -1)
		if m == nil {
			t.Fatalf("%s imports nothing", script)
		}
		for _, sub := range m {
			w.run("state", "rm", sub[1])
		}
		before := fmt.Sprint(w.target.Mock.OrdersPlaced())
		w.run("bash", script)
		// The import leaves quantity and area_code to the next apply,
		// which records them without an order.
		w.apply()
		if after := fmt.Sprint(w.target.Mock.OrdersPlaced()); after != before {
			t.Errorf("importing placed orders: %s before, %s after", before, after)
		}
	}
	w.planEmpty()
	w.destroy()
}

// The list-resource examples and the adoption guide need terraform query
// (Terraform 1.14 or later): make testacc-query runs this.
func TestAccDocsExamplesQuery(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli := newDocsCLI(t, queryCLI(t))
	root := repoRoot(t)
	queries, _ := filepath.Glob(filepath.Join(root, "examples", "list-resources", "*", "*.tfquery.hcl"))
	for _, q := range queries {
		rel, _ := filepath.Rel(root, filepath.Dir(q))
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			// Number blocks and completed port-ins for the queries to find.
			w := newDocsWork(t, cli, mock.Seed{Numbers: 3 * mock.SeedBlockSize, PortIns: 2})
			// Beside the configuration that holds the provider block.
			w.link(filepath.Join(root, "examples", "provider", "provider.tf"), q)
			out := w.run("query", "-no-color")
			kind := filepath.Base(filepath.Dir(q))
			if !strings.Contains(out, "list."+kind+".all ") {
				t.Errorf("the query found no %s:\n%s", kind, out)
			}
		})
	}
	t.Run("templates/guides/adopting-existing-numbers", func(t *testing.T) {
		t.Parallel()
		runGuideQuery(t, cli)
	})
	t.Run("templates/guides/adopting-existing-numbers/import-identity", func(t *testing.T) {
		t.Parallel()
		runGuideImport(t, cli, 4)
	})
}

// The adoption guide, as written: query, generate, plan only imports (as
// many as it says), apply without an order.
func runGuideQuery(t *testing.T, cli docsCLI) {
	b := guideBlocks(t, adoptingGuide)
	w := newDocsWork(t, cli, guideSeed(t))
	w.write("main.tf", b[0])
	w.write("adopt.tfquery.hcl", b[1])
	w.write("legacy_de.tfquery.hcl", b[2])
	w.run("query", "-no-color")
	w.run("query", "-no-color", "-generate-config-out=generated.tf")
	raw, err := os.ReadFile(filepath.Join(w.dir, "generated.tf"))
	if err != nil {
		t.Fatal(err)
	}
	generated := strings.Join(strings.Fields(string(raw)), " ")
	// The guide's sample of generated.tf, but the numbers it elides.
	for _, line := range strings.Split(b[3], "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" && !strings.Contains(line, "...") && !strings.Contains(generated, line) {
			t.Errorf("generated.tf has no line %q", line)
		}
	}
	m := regexp.MustCompile(`Plan: (\d+) to import, 0 to add, 0 to change, 0 to destroy`).FindStringSubmatch(readTemplate(t, adoptingGuide))
	if m == nil {
		t.Fatal("the adoption guide no longer shows its plan line")
	}
	want, _ := strconv.Atoi(m[1])
	if got := w.planChanges(); got != (planCounts{Import: want}) {
		t.Errorf("the plan is %+v, the guide says %d imports and nothing else", got, want)
	}
	w.apply()
	if placed := w.target.Mock.OrdersPlaced(); len(placed) != 0 {
		t.Errorf("adopting placed orders: %v", placed)
	}
	w.planEmpty()
	w.destroy()
}
