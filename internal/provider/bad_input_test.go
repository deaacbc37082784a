package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const badInputDir = "testdata/badinput"

// Every configuration in testdata/badinput is refused with the diagnostic
// its header names, by the real CLI and the provider binary: no crash, and
// no request to Colt for what planning can tell, no order for the rest.
func TestAccBadInput(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	if acctest.Sandbox() {
		t.Skip("needs the in-process Colt mock's counters")
	}
	entries := badInputs(t)
	checkBadInputCoverage(t, entries)
	cli := cliPath(t)
	query := queryCapable(cli)
	providerDir := buildProvider(t)
	for _, in := range entries {
		t.Run(strings.TrimSuffix(strings.TrimSuffix(in.name, ".tf"), ".tfquery.hcl"), func(t *testing.T) {
			t.Parallel()
			if in.file == "entry.tfquery.hcl" && !query {
				t.Skip("needs terraform query (Terraform 1.14 or later)")
			}
			runBadInput(t, cli, providerDir, in)
		})
	}
}

func badInputs(t *testing.T) []*badInput {
	t.Helper()
	var entries []*badInput
	err := filepath.WalkDir(badInputDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !strings.HasSuffix(path, ".tf") && !strings.HasSuffix(path, ".tfquery.hcl") {
			t.Errorf("%s: not a .tf or .tfquery.hcl entry", path)
			return nil
		}
		in, err := readBadInput(badInputDir, path)
		if err != nil {
			t.Error(err)
			return nil
		}
		entries = append(entries, in)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// checkBadInputCoverage wants an entry for every resource, data source,
// ephemeral resource, function and list resource the provider serves.
func checkBadInputCoverage(t *testing.T, entries []*badInput) {
	t.Helper()
	server, err := protoV6Providers["colt"]()
	if err != nil {
		t.Fatal(err)
	}
	schema, err := server.GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	var wanted []string
	for format, names := range map[string][]string{
		`resource %q`:         slices.Collect(maps.Keys(schema.ResourceSchemas)),
		`data %q`:             slices.Collect(maps.Keys(schema.DataSourceSchemas)),
		`ephemeral %q`:        slices.Collect(maps.Keys(schema.EphemeralResourceSchemas)),
		`list %q`:             slices.Collect(maps.Keys(schema.ListResourceSchemas)),
		`provider::colt::%s(`: slices.Collect(maps.Keys(schema.Functions)),
	} {
		for _, name := range names {
			wanted = append(wanted, fmt.Sprintf(format, name))
		}
	}
	for _, w := range wanted {
		if !slices.ContainsFunc(entries, func(in *badInput) bool { return strings.Contains(in.text, w) }) {
			t.Errorf("no entry in %s uses %s", badInputDir, w)
		}
	}
}

func runBadInput(t *testing.T, cli, providerDir string, in *badInput) {
	target := acctest.Start(t)
	m := target.NeedsMock(t)
	work := t.TempDir()
	body := target.ProviderBlock()
	if in.ownsProvider() {
		body = ""
	}
	writeKillConfig(t, work, providerDir, body)
	if err := os.WriteFile(filepath.Join(work, in.file), []byte(in.text), 0o600); err != nil {
		t.Fatal(err)
	}
	// Entries with their own provider block reach the mock through
	// COLT_BASE_URL unless they set base_url; nothing else of the
	// environment running the tests reaches the provider.
	env := append([]string{"COLT_BASE_URL=" + target.BaseURL}, in.env...)
	run := func(args ...string) (string, bool) {
		cmd := killableCommand(cli, work, args...)
		cmd.Env = append(withoutColtVariables(cmd.Env), env...)
		out, err := cmd.CombinedOutput()
		for _, crash := range []string{"panic:", "Plugin did not respond", "plugin crashed"} {
			if strings.Contains(string(out), crash) {
				t.Fatalf("%s %s: the provider crashed (%q):\n%s", filepath.Base(cli), args[0], crash, out)
			}
		}
		return string(out), err == nil
	}

	var out string
	var ok bool
	switch {
	case in.file == "entry.tfquery.hcl":
		out, ok = run("query", "-json")
	case in.stage == stageApply:
		if planned, ok := run("plan", "-json", "-input=false"); !ok {
			t.Fatalf("stage apply, but plan already fails:\n%s", planned)
		}
		out, ok = run("apply", "-json", "-auto-approve", "-input=false")
	default:
		out, ok = run("plan", "-json", "-input=false")
	}
	if ok {
		t.Fatalf("the CLI accepted the configuration:\n%s", out)
	}
	checkBadInputDiagnostic(t, in, out)
	checkBadInputRequests(t, in, m.Stats())
}

func checkBadInputDiagnostic(t *testing.T, in *badInput, out string) {
	t.Helper()
	diags := errorDiagnostics(out)
	var matched []cliDiagnostic
	for _, d := range diags {
		if in.expect.MatchString(d.text()) {
			matched = append(matched, d)
		}
	}
	if len(matched) == 0 {
		var got []string
		for _, d := range diags {
			got = append(got, "  "+d.text())
		}
		t.Fatalf("no error diagnostic matches %q; got:\n%s\n\nfull output:\n%s", in.expect, strings.Join(got, "\n"), out)
	}
	if in.attribute != "" && !slices.ContainsFunc(matched, in.names) {
		t.Errorf("the diagnostic does not name %s (neither in its text nor by pointing at it): %+v", in.attribute, matched)
	}
}

func checkBadInputRequests(t *testing.T, in *badInput, stats mock.Stats) {
	t.Helper()
	if len(stats.OrdersPlaced) > 0 {
		t.Errorf("orders placed: %v", stats.OrdersPlaced)
	}
	requests := stats.TokenRequests
	for route, n := range stats.APIRequests {
		requests += n
		if strings.HasPrefix(route, "POST ") && strings.HasSuffix(route, "/order") {
			t.Errorf("%d order requests: %s", n, route)
		}
	}
	switch {
	case in.stage == stageAPI && requests == 0:
		t.Errorf("stage api, but no request reached Colt: mark it stage plan")
	case in.stage == stagePlan && requests > 0:
		t.Errorf("stage plan, but Colt was called: %d token requests, API requests %v", stats.TokenRequests, stats.APIRequests)
	}
}

// queryCapable reports whether cli has terraform query (Terraform 1.14+).
func queryCapable(cli string) bool {
	out, err := exec.Command(cli, "version", "-json").Output()
	var v struct {
		Version string `json:"terraform_version"`
	}
	if err != nil || json.Unmarshal(out, &v) != nil {
		return false
	}
	human, _ := exec.Command(cli, "version").Output()
	var major, minor int
	if _, err := fmt.Sscanf(v.Version, "%d.%d", &major, &minor); err != nil || strings.HasPrefix(string(human), "OpenTofu") {
		return false
	}
	return major > 1 || minor >= 14
}

// withoutColtVariables drops the COLT_ variables of the environment
// running the tests (credentials, environment, base URL).
func withoutColtVariables(env []string) []string {
	return slices.DeleteFunc(slices.Clone(env), func(kv string) bool { return strings.HasPrefix(kv, "COLT_") })
}
