package provider

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/colt"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// Every idempotency scenario runs against the modelled Colt and against
// gateways that differ from the model where no Colt text says how Colt
// behaves: no order search, no replay of a repeated customer reference, or
// neither. Whatever the gateway does, each intended order is placed once:
// the provider finds interrupted orders by its own look-ups, never by the
// gateway deduplicating for it.
var orderModes = []struct {
	name   string
	assume func(*mock.Assumptions)
}{
	{"modelled", func(*mock.Assumptions) {}},
	{"no_replay", func(a *mock.Assumptions) { a.OrderReplay = false }},
	{"no_order_search", func(a *mock.Assumptions) { a.OrderSearch = false }},
	{"no_order_search_no_replay", func(a *mock.Assumptions) { a.OrderSearch, a.OrderReplay = false, false }},
}

func eachOrderMode(t *testing.T, run func(t *testing.T, target *acctest.Target, m *mock.Server)) {
	for _, mode := range orderModes {
		t.Run(mode.name, func(t *testing.T) {
			a := mock.DefaultAssumptions()
			mode.assume(&a)
			target := acctest.StartWith(t, mock.Config{Assumptions: &a})
			run(t, target, target.NeedsMock(t))
		})
	}
}

const (
	reservationRoute = "POST /numberManagement/v1/reservation/order"
	activationRoute  = "POST /numberManagement/v1/activation/order"
	returnRoute      = "POST /numberManagement/v1/return/order"
	portInRoute      = "POST /numberManagement/v1/portIn/order"
)

func expectOrders(m *mock.Server, orderType string, want int64) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := m.OrdersPlaced()[orderType]; got != want {
			return fmt.Errorf("%d %s orders placed, want %d", got, orderType, want)
		}
		return nil
	}
}

// settle waits until the mock has finished every order, as a user who
// re-applies after an interruption finds them.
func settle(t *testing.T, m *mock.Server) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for m.OrdersInFlight() > 0 {
		if time.Now().After(deadline) {
			t.Fatal("the mock's orders did not finish")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Lost answers to a reservation, its activation and its return: each is
// looked up instead of resent.
func TestAccOrderLostAnswersPlaceOneOrderEach(t *testing.T) {
	eachOrderMode(t, func(t *testing.T, target *acctest.Target, m *mock.Server) {
		resource.Test(t, resource.TestCase{
			ProtoV6ProviderFactories: protoV6Providers,
			Steps: []resource.TestStep{
				{
					PreConfig: func() {
						m.DropNextResponses(1, reservationRoute)
						m.DropNextResponses(1, activationRoute)
					},
					Config: target.ProviderBlock() + numberConfig(acctest.Reference("lost"), "  country_code = \"BE\"\n  quantity = 2"+activation("Lost Answers SA")),
					Check: resource.ComposeTestCheckFunc(
						expectOrders(m, colt.OrderReservation, 1),
						expectOrders(m, colt.OrderActivation, 1),
						resource.TestCheckResourceAttr(numberAddr, "status", "Activated"),
					),
				},
				{
					PreConfig: func() { m.DropNextResponses(1, returnRoute) },
					Config:    target.ProviderBlock(),
					Check:     expectOrders(m, colt.OrderReturn, 1),
				},
			},
		})
	})
}

// The network fails right after Colt takes the reservation: its answer
// and every look-up after it are lost, so the run gives up at its create
// timeout (look-ups after an order go on past max_retries until then) not
// knowing whether the order exists. It must not resend it; the next apply,
// with the network back, finds the order instead of placing another.
func TestAccOrderPartitionThenReapplyAdoptsTheOrder(t *testing.T) {
	for _, mode := range orderModes {
		t.Run(mode.name, func(t *testing.T) {
			a := mock.DefaultAssumptions()
			mode.assume(&a)
			var armed, cut atomic.Bool
			armed.Store(true)
			target := acctest.StartWith(t, mock.Config{Assumptions: &a}, partitionAfterReservation(&armed, &cut))
			m := target.NeedsMock(t)
			config := target.ProviderBlock(`max_retries = 1`) + numberConfig(acctest.Reference("crash"),
				"  country_code = \"SE\"\n  quantity = 4\n  timeouts = { create = \"15s\" }")
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: protoV6Providers,
				Steps: []resource.TestStep{
					{
						Config:      config,
						ExpectError: regexp.MustCompile(`(?s)Cannot reserve Colt numbers.*may\s+not\s+have\s+been\s+placed.*did\s+not\s+send\s+it\s+again`),
					},
					{
						PreConfig: func() {
							if got := m.OrdersPlaced()[colt.OrderReservation]; got != 1 {
								t.Fatalf("the interrupted run placed %d orders, want 1", got)
							}
							armed.Store(false)
							cut.Store(false)
							settle(t, m)
						},
						Config: config,
						Check: resource.ComposeTestCheckFunc(
							expectOrders(m, colt.OrderReservation, 1),
							resource.TestCheckResourceAttr(numberAddr, "numbers.#", "4"),
						),
					},
				},
			})
		})
	}
}

// partitionAfterReservation lets the first reservation through to the
// mock, then closes its connection and every later API connection without
// an answer while cut is set.
func partitionAfterReservation(armed, cut *atomic.Bool) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			api := r.URL.Path != colt.TokenPath && !strings.HasPrefix(r.URL.Path, "/__mock/")
			switch {
			case api && cut.Load():
			case api && armed.Load() && r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/reservation/order"):
				next.ServeHTTP(httptest.NewRecorder(), r)
				cut.Store(true)
			default:
				next.ServeHTTP(w, r)
				return
			}
			panic(http.ErrAbortHandler) // closes the connection without an answer
		})
	}
}

// An order still running when the timeout ends stays with Colt and is
// adopted by the next apply, once it has completed.
func TestAccOrderCreateTimeoutThenReapplyAdopts(t *testing.T) {
	eachOrderMode(t, func(t *testing.T, target *acctest.Target, m *mock.Server) {
		ref := acctest.Reference("timeout")
		timedOut := `(?s)Timed out waiting for Colt reservation order.*adopts`
		if !m.CurrentAssumptions().OrderSearch {
			timedOut = `(?s)Timed out waiting for Colt reservation order.*no\s+order\s+search.*Wait\s+until\s+order\s+ORD-`
		}
		resource.Test(t, resource.TestCase{
			ProtoV6ProviderFactories: protoV6Providers,
			Steps: []resource.TestStep{
				{
					PreConfig:   func() { m.SetFaults(mock.Faults{OrderDelay: 2 * time.Second}) },
					Config:      target.ProviderBlock() + numberConfig(ref, "  country_code = \"IE\"\n  quantity = 1\n  timeouts = { create = \"1s\" }"),
					ExpectError: regexp.MustCompile(timedOut),
				},
				{
					PreConfig: func() { settle(t, m); m.SetFaults(mock.Faults{OrderDelay: acctest.OrderDelay}) },
					Config:    target.ProviderBlock() + numberConfig(ref, "  country_code = \"IE\"\n  quantity = 1"),
					Check:     expectOrders(m, colt.OrderReservation, 1),
				},
			},
		})
	})
}

// An update that times out is adopted by the next apply, not ordered again.
func TestAccOrderUpdateTimeoutThenReapplyAdopts(t *testing.T) {
	eachOrderMode(t, func(t *testing.T, target *acctest.Target, m *mock.Server) {
		ref := acctest.Reference("updtimeout")
		reserve := "  country_code = \"CH\"\n  quantity = 1\n"
		resource.Test(t, resource.TestCase{
			ProtoV6ProviderFactories: protoV6Providers,
			Steps: []resource.TestStep{
				{Config: target.ProviderBlock() + numberConfig(ref, reserve)},
				{
					PreConfig:   func() { m.SetFaults(mock.Faults{OrderDelay: 2 * time.Second}) },
					Config:      target.ProviderBlock() + numberConfig(ref, reserve+activation("Kunde AG")+"\n  timeouts = { update = \"1s\" }"),
					ExpectError: regexp.MustCompile(`(?s)Timed out waiting for Colt activation order`),
				},
				{
					PreConfig: func() { settle(t, m); m.SetFaults(mock.Faults{OrderDelay: acctest.OrderDelay}) },
					Config:    target.ProviderBlock() + numberConfig(ref, reserve+activation("Kunde AG")),
					Check: resource.ComposeTestCheckFunc(
						expectOrders(m, colt.OrderActivation, 1),
						resource.TestCheckResourceAttr(numberAddr, "status", "Activated"),
					),
				},
			},
		})
	})
}

// create_before_destroy with the same customer_reference: the new block
// gets its own reservation instead of adopting the old one.
func TestAccOrderCreateBeforeDestroy(t *testing.T) {
	eachOrderMode(t, func(t *testing.T, target *acctest.Target, m *mock.Server) {
		ref := acctest.Reference("cbd")
		config := func(quantity int) string {
			return target.ProviderBlock() + numberConfig(ref, fmt.Sprintf(
				"  country_code = \"LU\"\n  quantity = %d\n  lifecycle {\n    create_before_destroy = true\n  }", quantity))
		}
		resource.Test(t, resource.TestCase{
			ProtoV6ProviderFactories: protoV6Providers,
			Steps: []resource.TestStep{
				{Config: config(2)},
				{
					Config: config(3),
					ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(numberAddr, plancheck.ResourceActionCreateBeforeDestroy),
					}},
					Check: resource.ComposeTestCheckFunc(
						expectOrders(m, colt.OrderReservation, 2),
						expectOrders(m, colt.OrderReturn, 1),
						resource.TestCheckResourceAttr(numberAddr, "numbers.#", "3"),
						resource.TestCheckResourceAttr(numberAddr, "order_reference", ref+"~2"),
					),
				},
			},
		})
	})
}

// A port-in whose answer is lost is looked up, not sent again.
func TestAccOrderPortInLostAnswerPlacesOneOrder(t *testing.T) {
	eachOrderMode(t, func(t *testing.T, target *acctest.Target, m *mock.Server) {
		resource.Test(t, resource.TestCase{
			ProtoV6ProviderFactories: protoV6Providers,
			Steps: []resource.TestStep{{
				PreConfig: func() { m.DropNextResponses(1, portInRoute) },
				Config: target.ProviderBlock() + portInConfig(acctest.Reference("portlost"), "BT", daysFromNow(10),
					"  wait_for_completion = true"),
				Check: expectOrders(m, colt.OrderPortIn, 1),
			}},
		})
	})
}
