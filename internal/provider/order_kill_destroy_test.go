package provider

import (
	"os"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// SIGKILL of the CLI and the provider while Colt processes a return (Colt
// has taken it; its answer never arrives): the resource stays in the state,
// and the next destroy, run while that return is still in progress, finds
// it instead of placing another, under every order mode. Nothing is left
// reserved.
func TestAccOrderKilledMidDestroyThenDestroy(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1")
	}
	cli := cliPath(t)
	providerDir := buildProvider(t)
	for _, mode := range orderModes {
		t.Run(mode.name, func(t *testing.T) {
			a := mock.DefaultAssumptions()
			mode.assume(&a)
			held := holdAnswer("/return/order")
			held.armed.Store(false)
			// Orders take seconds, so the return is still running when
			// the second destroy looks.
			target := acctest.StartWith(t, mock.Config{Assumptions: &a, OrderDelay: time.Second}, held.wrap)
			m := target.NeedsMock(t)
			work := t.TempDir()
			writeKillConfig(t, work, providerDir, target.ProviderBlock()+
				numberConfig(acctest.Reference("killdestroy"), "  country_code = \"DK\"\n  quantity = 3\n  deletion_protection = false"))
			runCLI(t, cli, work, "apply", "-auto-approve", "-input=false", "-no-color")

			held.armed.Store(true)
			held.killDuring(t, cli, work, "destroy")
			if n := stateResources(t, work); n != 1 {
				t.Fatalf("the killed destroy left %d resources in the state, want the one it was returning", n)
			}
			held.armed.Store(false)
			if m.OrdersInFlight() == 0 {
				t.Fatal("the return finished before the second destroy: the test proves nothing")
			}
			runCLI(t, cli, work, "destroy", "-auto-approve", "-input=false", "-no-color")
			if n := stateResources(t, work); n != 0 {
				t.Errorf("state holds %d resources after the second destroy", n)
			}
			if got := m.OrdersPlaced()[colt.OrderReturn]; got != 1 {
				t.Errorf("%d return orders placed for one colt_number, want 1", got)
			}
			if left := m.Holdings(target.ClientID); len(left) != 0 {
				t.Errorf("after destroy the account still holds %v", left)
			}
		})
	}
}
