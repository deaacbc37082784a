package provider

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const (
	traceClientID = "colt-trace-client"
	// traceSecret holds characters that form-escaping changes, so both
	// Basic forms differ from each other and from the secret.
	traceSecret = "s3cr+t/with=chars: %"
)

// With TF_LOG=TRACE, a full apply, a saved no-change plan, show -json of
// plan and state, and destroy, run by the real CLI with the provider as a
// plugin process, leave the client secret (as is, form-escaped, in either
// Basic form) and every access token the mock issued in none of: the state
// and its backups, the saved plan, the plan and state JSON, the CLI's
// stdout and stderr, TF_LOG_PATH logs (which carry the provider's own
// logs) and a crash log. Under BasicAuth "literal" the provider sends both
// Basic forms and meets a refusal first.
func TestAccSecretsNeverLeakUnderTrace(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli := cliPath(t)
	skipWithoutEphemeral(t, cli)
	providerDir := buildProvider(t)
	for _, basic := range []string{"form", "literal"} {
		t.Run("basic_auth="+basic, func(t *testing.T) {
			runSecretsTrace(t, cli, providerDir, basic)
		})
	}
}

func runSecretsTrace(t *testing.T, cli, providerDir, basicAuth string) {
	a := mock.DefaultAssumptions()
	a.BasicAuth = basicAuth
	tap := &wireTap{}
	target := acctest.StartWith(t, mock.Config{
		Clients:       map[string]string{traceClientID: traceSecret},
		TokenLifetime: 4 * time.Second, // several tokens per run, replaced as they age
		Assumptions:   &a,
		// The plugin process runs on the wall clock; so does this mock.
		Now: time.Now,
	}, tap.wrap)
	m := target.NeedsMock(t)
	ref := acctest.Reference("trace")
	portDate := time.Now().UTC().AddDate(0, 0, 14).Format(time.DateOnly)

	work := t.TempDir()
	writeKillConfig(t, work, providerDir, traceConfig(target.BaseURL, ref, portDate))
	run := &traceRun{t: t, cli: cli, work: work}

	out := run.cmd(true, "apply", "-auto-approve", "-input=false", "-no-color")
	if !strings.Contains(out, "Apply complete!") || !strings.Contains(out, "local-exec") {
		t.Fatalf("apply did not complete:\n%s", out)
	}
	run.cmd(false, "plan", "-out=tfplan", "-input=false", "-no-color")
	planJSON := run.cmd(true, "show", "-json", "tfplan")
	expectNoChanges(t, planJSON)
	stateJSON := run.cmd(true, "show", "-json")
	beforeDestroy := filesUnder(t, work) // the state before destroy empties it
	run.cmd(true, "destroy", "-auto-approve", "-input=false", "-no-color")
	if n := stateResources(t, work); n != 0 {
		t.Errorf("state holds %d resources after destroy", n)
	}

	wire := tap.record()
	checkWire(t, wire, m, basicAuth)
	artefacts := []artefact{{"the plan JSON", planJSON}, {"the state JSON", stateJSON}}
	artefacts = append(append(append(artefacts, beforeDestroy...), filesUnder(t, work)...), run.outputs...)
	mustHold(t, artefacts, ref, "terraform.tfstate", "terraform.tfstate.backup", "tfplan:tfstate", "the plan JSON", "the state JSON")
	artefacts = distinct(artefacts)
	checkLogsSeen(t, run, wire.trackingIDs)

	needles := tokenForms(wire.tokens)
	for what, s := range secretForms(traceClientID, traceSecret) {
		needles[what] = s
	}
	for _, leak := range leaks(artefacts, needles) {
		t.Errorf("leak: %s", leak)
	}
	t.Logf("%d tokens issued; %d artefacts scanned", len(wire.tokens), len(artefacts))
}

// traceConfig: two colt_numbers (one activated), a port-in, data sources
// on both provider configurations, and the ephemeral token handed to a
// provider block and to a provisioner. Credentials come from the
// environment, as recommended: a secret written in HCL is part of every
// saved plan.
func traceConfig(baseURL, ref, portDate string) string {
	return fmt.Sprintf(`
provider "colt" {
  base_url = %[1]q
}

resource "colt_number" "reserved" {
  customer_reference = "%[2]s-r"
  country_code       = "DK"
  quantity           = 2
}

resource "colt_number" "active" {
  customer_reference  = "%[2]s-a"
  country_code        = "GB"
  area_code           = "20"
  quantity            = 1
  deletion_protection = false
  activation = {
    end_customer_name    = "Trace Ltd"
    emergency_address_id = "ADDR-0001"
  }
}

resource "colt_port_in" "port" {
  customer_reference  = "%[2]s-p"
  country_code        = "GB"
  numbers             = ["+441632960100", "+441632960101"]
  losing_carrier      = "BT"
  requested_date      = %[3]q
  end_customer_name   = "Trace Ltd"
  deletion_protection = false
  wait_for_completion = true
}

data "colt_numbers" "reserved" {
  customer_reference = colt_number.reserved.customer_reference
}

ephemeral "colt_access_token" "t" {}

provider "colt" {
  alias        = "by_token"
  base_url     = %[1]q
  access_token = ephemeral.colt_access_token.t.access_token
}

data "colt_free_numbers" "by_token" {
  provider     = colt.by_token
  country_code = "FR"
  quantity     = 2
}

resource "terraform_data" "uses_token" {
  input = [length(data.colt_numbers.reserved.numbers), data.colt_free_numbers.by_token.numbers]
  provisioner "local-exec" {
    command     = "case \"$COLT_TOKEN\" in eyJ*.*.*) ;; *) exit 1 ;; esac"
    environment = { COLT_TOKEN = ephemeral.colt_access_token.t.access_token }
  }
}
`, baseURL, ref, portDate)
}

// traceRun runs CLI commands at TRACE; each command's log goes to its own
// TF_LOG_PATH file under logs/, or to stderr.
type traceRun struct {
	t         *testing.T
	cli, work string
	n         int
	outputs   []artefact
	logFiles  []string
	stderrLog string // the stderr of the command that logged there
}

func (r *traceRun) cmd(logToFile bool, args ...string) string {
	t := r.t
	t.Helper()
	r.n++
	name := fmt.Sprintf("%02d-%s", r.n, args[0])
	logPath := ""
	if logToFile {
		logPath = filepath.Join(r.work, "logs", name+".log")
		if err := os.MkdirAll(filepath.Dir(logPath), 0o700); err != nil {
			t.Fatal(err)
		}
		r.logFiles = append(r.logFiles, logPath)
	}
	c := killableCommand(r.cli, r.work, args...)
	c.Env = append(c.Env, "TF_LOG=TRACE", "TF_LOG_PROVIDER=TRACE", "TF_LOG_PATH="+logPath,
		envClientID+"="+traceClientID, envClientSecret+"="+traceSecret,
		envAccessToken+"=", envEnvironment+"=", envBaseURL+"=")
	var stdout, stderr bytes.Buffer
	c.Stdout, c.Stderr = &stdout, &stderr
	err := waitOrKill(c, 5*time.Minute)
	r.outputs = append(r.outputs, artefact{name + " stdout", stdout.String()}, artefact{name + " stderr", stderr.String()})
	if !logToFile {
		r.stderrLog = stderr.String()
	}
	if err != nil {
		t.Fatalf("%s %s: %v\n%s\n%s", filepath.Base(r.cli), strings.Join(args, " "), err, stdout.String(), tail(stderr.String(), 4000))
	}
	return stdout.String()
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// expectNoChanges fails unless the saved plan changes nothing but opens
// ephemeral resources (OpenTofu lists those as "open").
func expectNoChanges(t *testing.T, planJSON string) {
	t.Helper()
	var plan struct {
		ResourceChanges []struct {
			Address string `json:"address"`
			Mode    string `json:"mode"`
			Change  struct {
				Actions []string `json:"actions"`
			} `json:"change"`
		} `json:"resource_changes"`
	}
	if err := json.Unmarshal([]byte(planJSON), &plan); err != nil {
		t.Fatalf("plan JSON: %v", err)
	}
	managed := 0
	for _, rc := range plan.ResourceChanges {
		if rc.Mode == "ephemeral" {
			continue
		}
		managed++
		if len(rc.Change.Actions) != 1 || rc.Change.Actions[0] != "no-op" {
			t.Errorf("the plan after apply would change %s: %v", rc.Address, rc.Change.Actions)
		}
	}
	if managed < 4 {
		t.Errorf("the plan lists %d resources, want the 4 applied", managed)
	}
}

// checkWire makes sure the needles are what really crossed the wire: the
// Basic credentials sent are the forms scanned for, every bearer token sent
// is one the mock issued, and the tap saw every token the mock issued.
func checkWire(t *testing.T, wire wireRecord, m *mock.Server, basicAuth string) {
	t.Helper()
	if issued := m.Stats().TokensIssued; int64(len(wire.tokens)) != issued {
		t.Errorf("the tap saw %d tokens, the mock issued %d", len(wire.tokens), issued)
	}
	if len(wire.tokens) < 2 {
		t.Errorf("%d tokens issued, want at least 2 so refreshed tokens are covered", len(wire.tokens))
	}
	forms := secretForms(traceClientID, traceSecret)
	sent := map[string]bool{}
	for _, b := range wire.basics {
		switch b {
		case forms["the Basic credential (literal)"]:
			sent["literal"] = true
		case forms["the Basic credential (form-escaped, x/oauth2)"]:
			sent["form"] = true
		default:
			t.Errorf("a Basic credential of %d chars is neither form scanned for", len(b))
		}
	}
	if !sent[basicAuth] || (basicAuth == "literal" && !sent["form"]) {
		t.Errorf("Basic forms sent: %v; under basic_auth=%s want the form-escaped one first", sent, basicAuth)
	}
	issued := map[string]bool{}
	for _, tok := range wire.tokens {
		issued[tok] = true
	}
	for i, b := range wire.bearers {
		if !issued[b] {
			t.Errorf("bearer token #%d sent was not issued by the mock", i+1)
		}
	}
	if len(wire.bearers) == 0 {
		t.Error("no bearer token was sent")
	}
}

// mustHold proves the scan reads what matters: each named artefact exists
// and holds the customer reference.
func mustHold(t *testing.T, artefacts []artefact, marker string, names ...string) {
	t.Helper()
	for _, name := range names {
		ok := false
		for _, a := range artefacts {
			if a.name == name && strings.Contains(a.text, marker) {
				ok = true
				break
			}
		}
		if !ok {
			t.Errorf("%s is missing or does not hold %q: the scan would not see a leak there", name, marker)
		}
	}
}

// checkLogsSeen proves the logs scanned carry the provider's own log lines:
// each request's x-tracking-id, which the provider logs at DEBUG, is in a
// TF_LOG_PATH file or in the stderr of the command that logged there.
func checkLogsSeen(t *testing.T, run *traceRun, trackingIDs []string) {
	t.Helper()
	var logs strings.Builder
	for _, path := range run.logFiles {
		raw, err := os.ReadFile(path)
		if err != nil || len(raw) == 0 {
			t.Errorf("TF_LOG_PATH %s: %d bytes, %v", filepath.Base(path), len(raw), err)
		}
		logs.Write(raw)
	}
	logs.WriteString(run.stderrLog)
	missing := 0
	for _, id := range trackingIDs {
		if !strings.Contains(logs.String(), id) {
			missing++
		}
	}
	if missing > 0 || len(trackingIDs) == 0 {
		t.Errorf("%d of %d requests' tracking ids are in no log: the provider's log lines do not reach the logs scanned", missing, len(trackingIDs))
	}
	if !strings.Contains(run.stderrLog, "Colt API request") {
		t.Error("the provider's log lines do not reach stderr when TF_LOG_PATH is unset")
	}
}

// skipWithoutEphemeral skips CLIs without ephemeral resources: Terraform
// before 1.10, OpenTofu before 1.11.
func skipWithoutEphemeral(t *testing.T, cli string) {
	t.Helper()
	out, err := cliOutput(cli, "version", "-json")
	if err != nil {
		t.Fatalf("%s version -json: %v", cli, err)
	}
	var v struct {
		Version string `json:"terraform_version"`
	}
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("%s version -json: %v", cli, err)
	}
	want := 10
	if acctest.OpenTofu() {
		want = 11
	}
	parts := strings.SplitN(v.Version, ".", 3)
	minor := -1
	if len(parts) >= 2 && parts[0] == "1" {
		minor, _ = strconv.Atoi(parts[1])
	}
	if parts[0] == "1" && minor < want {
		t.Skipf("%s %s has no ephemeral resources", filepath.Base(cli), v.Version)
	}
}

// cliOutput runs a short CLI command outside any working directory.
func cliOutput(cli string, args ...string) ([]byte, error) {
	c := killableCommand(cli, os.TempDir(), args...)
	var out bytes.Buffer
	c.Stdout = &out
	err := waitOrKill(c, time.Minute)
	return out.Bytes(), err
}

// waitOrKill runs a killableCommand, killing its process group after limit.
func waitOrKill(c *exec.Cmd, limit time.Duration) error {
	if err := c.Start(); err != nil {
		return err
	}
	timer := time.AfterFunc(limit, func() { _ = syscall.Kill(-c.Process.Pid, syscall.SIGKILL) })
	defer timer.Stop()
	return c.Wait()
}
