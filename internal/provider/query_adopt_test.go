package provider

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// adoptNumbers is how many seeded numbers the adoption test brings under
// Terraform; COLT_QUERY_NUMBERS changes it.
const adoptNumbers = 1000

// Bringing an existing inventory under Terraform: terraform query
// -generate-config-out writes import blocks and resources for every block
// and port-in; the configuration validates, plans imports and nothing else,
// applies without a single order, and plans empty afterwards. Blocks whose
// configuration would not be valid are left out with a warning.
func TestAccQueryGeneratesAdoptingConfig(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli := queryCLI(t)
	numbers := adoptNumbers
	if v := os.Getenv("COLT_QUERY_NUMBERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("COLT_QUERY_NUMBERS=%q: %v", v, err)
		}
		numbers = n
	}
	providerDir := buildProvider(t)
	target := seeded(t, mock.Config{}, mock.Seed{Numbers: numbers, PortIns: 2}, "dup", "dup~2", "portal:7")
	m := target.NeedsMock(t)
	blocks := (numbers+mock.SeedBlockSize-1)/mock.SeedBlockSize + 1 // and "dup"
	want := blocks + 2

	work := t.TempDir()
	writeKillConfig(t, work, providerDir, target.ProviderBlock())
	query := fmt.Sprintf(`
list "colt_number" "adopted" {
  provider = colt
  limit    = %d
}

list "colt_port_in" "adopted" {
  provider = colt
}
`, blocks+10)
	if err := os.WriteFile(filepath.Join(work, "adopt.tfquery.hcl"), []byte(query), 0o600); err != nil {
		t.Fatal(err)
	}
	timed := func(args ...string) string {
		t.Helper()
		start := time.Now()
		out, err := killableCommand(cli, work, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(cli), strings.Join(args, " "), err, out)
		}
		t.Logf("%s: %s", args[0], time.Since(start).Round(time.Millisecond))
		return string(out)
	}
	out := timed("query", "-no-color", "-generate-config-out=generated.tf")
	for _, left := range []string{"dup~2: ", "portal:7: "} {
		if !strings.Contains(out, "Left out of the query: "+left) {
			t.Errorf("the query does not say it left out %q:\n%s", left, out)
		}
	}
	raw, err := os.ReadFile(filepath.Join(work, "generated.tf"))
	if err != nil {
		t.Fatal(err)
	}
	generated := string(raw)
	if n := strings.Count(generated, "\nimport {"); n != want {
		t.Errorf("generated.tf has %d import blocks, want %d", n, want)
	}
	if bad := regexp.MustCompile(`(?m)^\s*(quantity|area_code)\s*=`).FindString(generated); bad != "" {
		t.Errorf("generated.tf sets %q; blocks are named by their numbers only", strings.TrimSpace(bad))
	}

	timed("validate", "-no-color")
	timed("plan", "-input=false", "-no-color", "-out=adopt.tfplan")
	changes := planChanges(t, cli, work, "adopt.tfplan")
	if len(changes) != want {
		t.Errorf("the plan has %d resource changes, want %d imports", len(changes), want)
	}
	for _, c := range changes {
		if !c.Importing || len(c.Actions) != 1 || c.Actions[0] != "no-op" {
			t.Errorf("%s: actions %v, importing %v; want an import and nothing else", c.Address, c.Actions, c.Importing)
		}
	}
	before := m.OrdersPlaced()
	timed("apply", "-input=false", "-no-color", "adopt.tfplan")
	if after := m.OrdersPlaced(); !maps.Equal(before, after) {
		t.Errorf("adopting placed orders: %v before, %v after", before, after)
	}
	if n := stateResources(t, work); n != want {
		t.Errorf("state holds %d resources, want %d", n, want)
	}
	cmd := killableCommand(cli, work, "plan", "-input=false", "-no-color", "-detailed-exitcode")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("plan after adopting is not empty (%v):\n%s", err, out)
	}
}

// The list-resource examples in the docs run as they are.
func TestAccQueryExamples(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli := queryCLI(t)
	providerDir := buildProvider(t)
	target := seeded(t, mock.Config{}, mock.Seed{Numbers: 300, PortIns: 2})
	examples, err := filepath.Glob("../../examples/list-resources/*/list-resource*.tfquery.hcl")
	if err != nil || len(examples) < 2 {
		t.Fatalf("list-resource examples: %v %v", examples, err)
	}
	for _, example := range examples {
		t.Run(filepath.Base(filepath.Dir(example)), func(t *testing.T) {
			raw, err := os.ReadFile(example)
			if err != nil {
				t.Fatal(err)
			}
			work := t.TempDir()
			writeKillConfig(t, work, providerDir, target.ProviderBlock())
			if err := os.WriteFile(filepath.Join(work, "example.tfquery.hcl"), raw, 0o600); err != nil {
				t.Fatal(err)
			}
			out, err := killableCommand(cli, work, "query", "-no-color").CombinedOutput()
			if err != nil || !strings.Contains(string(out), "legacy-") {
				t.Errorf("query %s: %v\n%s", example, err, out)
			}
		})
	}
}

// queryCLI is the CLI under test when it has terraform query (Terraform
// 1.14 or later); otherwise the test is skipped.
func queryCLI(t *testing.T) string {
	t.Helper()
	cli := cliPath(t)
	out, err := exec.Command(cli, "version", "-json").Output()
	var v struct {
		Version string `json:"terraform_version"`
	}
	if err != nil || json.Unmarshal(out, &v) != nil {
		t.Fatalf("%s version -json: %v", cli, err)
	}
	human, _ := exec.Command(cli, "version").Output()
	if strings.HasPrefix(string(human), "OpenTofu") {
		t.Skip("OpenTofu has no terraform query")
	}
	var major, minor int
	if _, err := fmt.Sscanf(v.Version, "%d.%d", &major, &minor); err != nil {
		t.Fatalf("%s version %q: %v", cli, v.Version, err)
	}
	if major == 1 && minor < 14 {
		t.Skipf("Terraform %s has no terraform query (1.14 or later; make testacc-query builds one)", v.Version)
	}
	return cli
}

// plannedChange is one resource change of a saved plan.
type plannedChange struct {
	Address   string
	Actions   []string
	Importing bool
}

// planChanges reads a saved plan's resource changes.
func planChanges(t *testing.T, cli, work, plan string) []plannedChange {
	t.Helper()
	out, err := killableCommand(cli, work, "show", "-json", plan).Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		t.Fatalf("show -json: %v\n%s", err, ee.Stderr)
	}
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		ResourceChanges []struct {
			Address string `json:"address"`
			Change  struct {
				Actions   []string        `json:"actions"`
				Importing json.RawMessage `json:"importing"`
			} `json:"change"`
		} `json:"resource_changes"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	changes := make([]plannedChange, len(doc.ResourceChanges))
	for i, rc := range doc.ResourceChanges {
		importing := len(rc.Change.Importing) > 0 && string(rc.Change.Importing) != "null"
		changes[i] = plannedChange{Address: rc.Address, Actions: rc.Change.Actions, Importing: importing}
	}
	return changes
}
