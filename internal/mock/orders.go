package mock

import (
	"fmt"
	"net/http"
	"time"
)

// Order statuses.
const (
	orderPending    = "Pending"
	orderInProgress = "InProgress"
	orderCompleted  = "Completed"
	orderFailed     = "Failed"
)

// endCustomer is who activated or ported numbers are assigned to.
type endCustomer struct {
	Name               string `json:"name"`
	RegistrationNumber string `json:"registrationNumber,omitempty"`
	// RegistrationNumberNotRegistered is the ordering portal's "NIF/CIF/VAT
	// ID not registered" (the wire name is assumed).
	RegistrationNumberNotRegistered bool `json:"registrationNumberNotRegistered,omitempty"`
}

// orderView is the Order object on the wire.
type orderView struct {
	OrderID                    string            `json:"orderId"`
	OrderType                  string            `json:"orderType"`
	CustomerReference          string            `json:"customerReference"`
	Status                     string            `json:"status"`
	FailureCode                string            `json:"failureCode,omitempty"`
	FailureReason              string            `json:"failureReason,omitempty"`
	Numbers                    []string          `json:"numbers,omitempty"`
	CountryCode                string            `json:"countryCode,omitempty"`
	CreatedAt                  time.Time         `json:"createdAt"`
	CompletedAt                *time.Time        `json:"completedAt,omitempty"`
	EndCustomer                *endCustomer      `json:"endCustomer,omitempty"`
	EmergencyAddressID         string            `json:"emergencyAddressId,omitempty"`
	DirectoryListing           *bool             `json:"directoryListing,omitempty"`
	RegulatorApprovalReference string            `json:"regulatorApprovalReference,omitempty"`
	LosingCarrier              string            `json:"losingCarrier,omitempty"`
	RequestedDate              string            `json:"requestedDate,omitempty"`
	RequestedWindow            string            `json:"requestedWindow,omitempty"`
	PortingStatus              string            `json:"portingStatus,omitempty"`
	PortInOrderID              string            `json:"portInOrderId,omitempty"`
	Cancel                     *bool             `json:"cancel,omitempty"`
	NumberType                 string            `json:"numberType,omitempty"`
	DirectoryService           *directoryService `json:"directoryService,omitempty"`
}

// order is an order and its processing plan.
type order struct {
	view   orderView
	seq    int64
	client string
	canon  string       // the normalized request, for idempotent replays
	req    orderRequest // what completion applies
	steps  []orderStep
	next   int       // index of the next step
	nextAt time.Time // when the next step is due
	// failure, when set, ends the order Failed at its final step.
	failure *orderFailure
	// delayed makes a port-in pass through porting status Delayed.
	delayed bool
	// expiresAt is when a completed reservation's hold lapses.
	expiresAt time.Time
}

// orderStep is one asynchronous step: the status (and porting status) the
// order takes, or, for the final step, completion.
type orderStep struct {
	status, porting string
	final           bool
}

var defaultSteps = []orderStep{{status: orderInProgress}, {final: true}}

type orderFailure struct {
	code, reason string
}

// orderFaults are the injected order behaviours; Reset clears them.
type orderFaults struct {
	failRemaining int
	failure       orderFailure
	delayPortIns  int
	drop          map[string]int
}

// FailNextOrders makes the next k orders placed (idempotent replays and
// rejected requests do not count) end Failed with failureCode code and
// failureReason reason instead of completing: their effects are not applied
// and the numbers they hold are released. k <= 0 cancels.
func (s *Server) FailNextOrders(k int, code, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k <= 0 {
		s.orderFault.failRemaining, s.orderFault.failure = 0, orderFailure{}
		return
	}
	s.orderFault.failRemaining, s.orderFault.failure = k, orderFailure{code: code, reason: reason}
}

// DelayNextPortIns makes the next k port-in orders placed pass through
// porting status Delayed, as a losingCarrier of "DelayCo" does. k <= 0
// cancels.
func (s *Server) DelayNextPortIns(k int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.orderFault.delayPortIns = max(k, 0)
}

// currentOrderDelay is the duration of one order step. Callers hold s.mu.
func (s *Server) currentOrderDelay() time.Duration {
	if s.faults.OrderDelay > 0 {
		return s.faults.OrderDelay
	}
	return s.orderDelay
}

// placeOrder places a decoded, well-formed request for client: an
// idempotent replay (200), a conflicting reuse of the customer reference
// (409/301), a rejection, or a new Pending order (201). Callers hold s.mu.
func (s *Server) placeOrder(client, orderType string, req orderRequest, now time.Time) (int, any) {
	st := &s.state
	cs := st.client(client)
	canon := req.canonical()
	if prev, ok := cs.byRef[req.reference()]; ok && s.assume.OrderReplay {
		if prev.view.OrderType == orderType && prev.canon == canon {
			return http.StatusOK, prev.snapshot()
		}
		return errorAnswer(errReferenceUsed.withDetails(prev.view.OrderID))
	}
	if e := req.check(now); e != nil {
		return errorAnswer(*e)
	}
	if e := req.admit(st, cs); e != nil {
		return errorAnswer(*e)
	}

	st.seq++
	o := &order{
		seq: st.seq, client: client, canon: canon, req: req, steps: defaultSteps,
		view: orderView{
			OrderID: fmt.Sprintf("ORD-%08d", st.seq), OrderType: orderType,
			CustomerReference: req.reference(), Status: orderPending, CreatedAt: now.UTC(),
		},
	}
	if f := &s.orderFault; f.failRemaining > 0 {
		f.failRemaining--
		o.failure = &orderFailure{code: f.failure.code, reason: f.failure.reason}
	}
	if f := &s.orderFault; orderType == typePortIn && f.delayPortIns > 0 {
		f.delayPortIns--
		o.delayed = true
	}
	req.apply(st, cs, o)
	o.nextAt = now.Add(s.currentOrderDelay())
	st.orders[o.view.OrderID] = o
	st.active = append(st.active, o)
	cs.orders = append(cs.orders, o)
	cs.byRef[o.view.CustomerReference] = o
	s.stats.OrdersPlaced[orderType]++
	return http.StatusCreated, o.snapshot()
}

// snapshot is a copy of the order's view that outlives the lock.
func (o *order) snapshot() orderView {
	v := o.view
	v.Numbers = append([]string(nil), v.Numbers...)
	if v.CompletedAt != nil {
		t := *v.CompletedAt
		v.CompletedAt = &t
	}
	if v.EndCustomer != nil {
		c := *v.EndCustomer
		v.EndCustomer = &c
	}
	if v.DirectoryListing != nil {
		b := *v.DirectoryListing
		v.DirectoryListing = &b
	}
	if v.Cancel != nil {
		b := *v.Cancel
		v.Cancel = &b
	}
	return v
}

func errorAnswer(e apiError) (int, any) { return e.Status, e }
