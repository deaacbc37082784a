package provider

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// SIGKILL of the CLI and the provider while Colt processes a reservation
// (Colt has taken the order; its answer never arrives): nothing reaches
// the state. The next apply finds the order instead of placing another,
// whatever the gateway does about repeated customer references.
func TestAccOrderKilledMidApplyThenReapply(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli := cliPath(t)
	providerDir := buildProvider(t)
	for _, mode := range orderModes {
		t.Run(mode.name, func(t *testing.T) {
			a := mock.DefaultAssumptions()
			mode.assume(&a)
			held := holdAnswer("/reservation/order")
			target := acctest.StartWith(t, mock.Config{Assumptions: &a}, held.wrap)
			m := target.NeedsMock(t)
			work := t.TempDir()
			writeKillConfig(t, work, providerDir, target.ProviderBlock()+numberConfig(acctest.Reference("kill"), "  country_code = \"DK\"\n  quantity = 3"))

			held.killDuring(t, cli, work, "apply")
			if n := stateResources(t, work); n != 0 {
				t.Fatalf("the killed run saved %d resources", n)
			}
			held.armed.Store(false)
			settle(t, m)

			runCLI(t, cli, work, "apply", "-auto-approve", "-input=false", "-no-color")
			if got := m.OrdersPlaced()[colt.OrderReservation]; got != 1 {
				t.Errorf("%d reservation orders placed for one colt_number, want 1", got)
			}
			if n := stateResources(t, work); n != 1 {
				t.Errorf("state holds %d resources after the re-apply, want 1", n)
			}
			runCLI(t, cli, work, "destroy", "-auto-approve", "-input=false", "-no-color")
			if got := m.OrdersPlaced()[colt.OrderReturn]; got != 1 {
				t.Errorf("%d return orders placed, want 1", got)
			}
			if held, err := target.Client(t).ListNumbers(context.Background(), colt.NumberQuery{CountryCode: "DK"}); err != nil || len(held) != 0 {
				t.Errorf("after destroy the account still holds %d DK numbers (%v)", len(held), err)
			}
		})
	}
}

// heldAnswer lets Colt take the first order POST to a path and holds its
// answer until the caller is gone, while armed.
type heldAnswer struct {
	suffix string
	armed  *atomic.Bool
	placed chan struct{}
	once   *sync.Once
}

func holdAnswer(pathSuffix string) heldAnswer {
	h := heldAnswer{suffix: pathSuffix, armed: new(atomic.Bool), placed: make(chan struct{}), once: new(sync.Once)}
	h.armed.Store(true)
	return h
}

func (h heldAnswer) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.armed.Load() && r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, h.suffix) {
			next.ServeHTTP(httptest.NewRecorder(), r)
			h.once.Do(func() { close(h.placed) })
			<-r.Context().Done() // the answer never comes
			return
		}
		next.ServeHTTP(w, r)
	})
}

// killDuring runs a CLI command and SIGKILLs it, provider included, once
// Colt has taken the held order.
func (h heldAnswer) killDuring(t *testing.T, cli, work, command string) {
	t.Helper()
	run := killableCommand(cli, work, command, "-auto-approve", "-input=false", "-no-color")
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-h.placed:
	case <-time.After(2 * time.Minute):
		_ = syscall.Kill(-run.Process.Pid, syscall.SIGKILL)
		t.Fatalf("no %s order reached the mock", h.suffix)
	}
	if err := syscall.Kill(-run.Process.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = run.Wait()
}

// cliPath is the CLI the acceptance tests run: TF_ACC_TERRAFORM_PATH, else
// terraform on PATH.
func cliPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("TF_ACC_TERRAFORM_PATH"); p != "" {
		return p
	}
	p, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("no terraform on PATH and no TF_ACC_TERRAFORM_PATH")
	}
	return p
}

var built struct {
	once sync.Once
	dir  string
	err  error
}

// buildProvider builds this provider once per test binary.
func buildProvider(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "colt-provider-")
		if built.err != nil {
			return
		}
		out, err := exec.Command("go", "build", "-o", filepath.Join(built.dir, "terraform-provider-colt"), "../..").CombinedOutput()
		if err != nil {
			built.err = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.dir
}

func writeKillConfig(t *testing.T, work, providerDir, body string) {
	t.Helper()
	registry := "registry.terraform.io"
	if acctest.OpenTofu() {
		registry = "registry.opentofu.org"
	}
	rc := fmt.Sprintf("provider_installation {\n  dev_overrides {\n    %q = %q\n  }\n  direct {}\n}\n", registry+"/colt-community/colt", providerDir)
	main := "terraform {\n  required_providers {\n    colt = { source = \"colt-community/colt\" }\n  }\n}\n" + body
	for name, text := range map[string]string{"cli.tfrc": rc, "main.tf": main} {
		if err := os.WriteFile(filepath.Join(work, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// killableCommand runs the CLI in its own process group, so that a kill of
// the group takes the provider plugin with it.
func killableCommand(cli, work string, args ...string) *exec.Cmd {
	cmd := exec.Command(cli, args...)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+filepath.Join(work, "cli.tfrc"), "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	return cmd
}

func runCLI(t *testing.T, cli, work string, args ...string) {
	t.Helper()
	out, err := killableCommand(cli, work, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(cli), strings.Join(args, " "), err, out)
	}
}

// stateResources counts the resources in the working directory's state.
func stateResources(t *testing.T, work string) int {
	t.Helper()
	var state struct {
		Resources []json.RawMessage `json:"resources"`
	}
	readState(t, work, &state)
	return len(state.Resources)
}

// readState decodes the working directory's state into v; a state not yet
// written (a run killed before it) leaves v as it is.
func readState(t *testing.T, work string, v any) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(work, "terraform.tfstate"))
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(raw) == 0) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatal(err)
	}
}
