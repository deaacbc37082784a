package provider

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// soakNumbers is how many colt_number the faulty-Colt scenario applies:
// COLT_SOAK_NUMBERS (make soak sets 200), else 50.
func soakNumbers(t *testing.T) int {
	t.Helper()
	v := os.Getenv("COLT_SOAK_NUMBERS")
	if v == "" {
		return 50
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("COLT_SOAK_NUMBERS=%q: want a positive count", v)
	}
	return n
}

// faultyColt is the mock of issue-tracked scenario 1.1: 503 on a share of
// every request, 500/002 on 5% of token calls, latency jitter to 300 ms and
// tokens that live 20 s.
func faultyColt(unavailable float64) (mock.Config, mock.Faults) {
	return mock.Config{TokenLifetime: 20 * time.Second},
		mock.Faults{Unavailable: unavailable, TokenFailure: 0.05, Jitter: 300 * time.Millisecond}
}

// A faulty Colt: every colt_number is created by one apply, the next plan
// is empty, Colt holds exactly the numbers in the state, every order was
// placed once, and one destroy returns every number. At 40% 503s (default
// settings; a fifth as many numbers, at least 10) apply and destroy converge within three
// runs each, with the same checks.
func TestAccFaultyColt(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli, providerDir := cliPath(t), buildProvider(t)
	n := soakNumbers(t)
	for _, tc := range []struct {
		name        string
		unavailable float64
		runs, n     int
	}{
		{"20% unavailable", 0.2, 1, n},
		{"40% unavailable", 0.4, 3, max(n/5, 10)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			n := tc.n
			cfg, faults := faultyColt(tc.unavailable)
			target := acctest.StartWith(t, cfg)
			m := target.NeedsMock(t)
			work := t.TempDir()
			writeKillConfig(t, work, providerDir, target.ProviderBlock()+manyNumbersConfig(acctest.Reference("soak"), n))
			m.SetFaults(faults)
			started := time.Now()

			runs := untilSuccess(t, tc.runs, cli, work, "apply")
			if code := planExitCode(t, cli, work); code != 0 {
				t.Errorf("the plan after apply has changes or failed (exit %d)", code)
			}
			held := m.Holdings(target.ClientID)
			inState := stateNumbers(t, work)
			if !maps.Equal(setOf(slices.Collect(maps.Keys(held))), inState) {
				t.Errorf("Colt holds %d numbers, the state %d: they differ", len(held), len(inState))
			}
			settle(t, m)
			placed := m.OrdersPlaced()
			if placed[colt.OrderReservation] != int64(n) || placed[colt.OrderActivation] != int64(n) {
				t.Errorf("orders placed %v for %d numbers, want %d reservations and %d activations", placed, n, n, n)
			}

			destroys := untilSuccess(t, tc.runs, cli, work, "destroy")
			settle(t, m)
			if left := m.Holdings(target.ClientID); len(left) != 0 {
				t.Errorf("after destroy Colt still holds %d numbers", len(left))
			}
			if got := m.OrdersPlaced()[colt.OrderReturn]; got != int64(n) {
				t.Errorf("%d return orders for %d numbers, want one each", got, n)
			}
			st := m.Stats()
			var requests int64
			for _, c := range st.APIRequests {
				requests += c
			}
			t.Logf("%d colt_number at %.0f%% 503: apply in %d run(s), destroy in %d; %d API requests, %d token requests, %d faults injected, %v",
				n, tc.unavailable*100, runs, destroys, requests, st.TokenRequests, st.FaultsInjected, time.Since(started).Round(time.Second))
		})
	}
}

// manyNumbersConfig is n activated numbers, one per colt_number.
func manyNumbersConfig(prefix string, n int) string {
	return fmt.Sprintf(`
resource "colt_number" "soak" {
  count              = %d
  customer_reference = "%s-${count.index}"
  country_code       = "GB"
  quantity           = 1
%s
}
`, n, prefix, activation("Soak Ltd"))
}

// untilSuccess runs a CLI command (apply or destroy) until it succeeds,
// at most max times, and returns how many runs it took.
func untilSuccess(t *testing.T, max int, cli, work, command string) int {
	t.Helper()
	var out []byte
	var err error
	for run := 1; run <= max; run++ {
		out, err = killableCommand(cli, work, command, "-auto-approve", "-input=false", "-no-color").CombinedOutput()
		if err == nil {
			return run
		}
		t.Logf("%s run %d failed: %s", command, run, errorLines(out))
	}
	t.Fatalf("%s did not succeed in %d run(s): %v\n%s", command, max, err, errorLines(out))
	return 0
}

// errorLines is the CLI output from its first "Error:" on.
func errorLines(out []byte) string {
	s := string(out)
	if i := strings.Index(s, "Error:"); i >= 0 {
		return s[i:]
	}
	return s
}

// planExitCode is terraform plan -detailed-exitcode's: 0 no changes, 2 changes.
func planExitCode(t *testing.T, cli, work string) int {
	t.Helper()
	out, err := killableCommand(cli, work, "plan", "-detailed-exitcode", "-input=false", "-no-color").CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		if exit.ExitCode() != 2 {
			t.Logf("plan: %s", errorLines(out))
		}
		return exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
}

// stateNumbers is every number colt_number resources hold in the state.
func stateNumbers(t *testing.T, work string) map[string]bool {
	t.Helper()
	var state struct {
		Resources []struct {
			Type      string `json:"type"`
			Instances []struct {
				Attributes struct {
					Numbers []string `json:"numbers"`
				} `json:"attributes"`
			} `json:"instances"`
		} `json:"resources"`
	}
	readState(t, work, &state)
	var numbers []string
	for _, r := range state.Resources {
		for _, in := range r.Instances {
			if r.Type == "colt_number" {
				numbers = append(numbers, in.Attributes.Numbers...)
			}
		}
	}
	return setOf(numbers)
}

func setOf(items []string) map[string]bool {
	set := make(map[string]bool, len(items))
	for _, s := range items {
		set[s] = true
	}
	return set
}
