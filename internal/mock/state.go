package mock

import (
	"slices"
	"time"
)

// Number statuses in the inventory.
const (
	statusReserved        = "Reserved"
	statusActivated       = "Activated"
	statusPortInActivated = "Port-in Activated"
	statusPorting         = "Porting"
)

// reservationHold is how long a completed reservation holds its numbers.
const reservationHold = 90 * 24 * time.Hour

// numberState is the number-management state of every client. It is guarded
// by Server.mu.
type numberState struct {
	seq     int64 // last order sequence; order ids are ORD-%08d of it
	orders  map[string]*order
	clients map[string]*clientState
	// held maps every number that is not free (held by a pending
	// reservation, or in some client's inventory) to its client.
	held map[string]string
	// active are the orders not yet Completed or Failed, in placement order.
	active []*order
	// lapsing are completed reservations whose hold has not lapsed yet.
	lapsing []*order
	// services is each client's history of active numbers, which call
	// records are generated from (service_history.go).
	services map[string]*serviceHistory
}

func newNumberState() numberState {
	return numberState{
		orders:  map[string]*order{},
		clients: map[string]*clientState{},
		held:    map[string]string{},
	}
}

// clientState is one client's (JWT sub's) orders and inventory.
type clientState struct {
	orders  []*order          // by orderId ascending
	byRef   map[string]*order // by customerReference
	numbers map[string]*numberEntry
}

func (st *numberState) client(id string) *clientState {
	cs, ok := st.clients[id]
	if !ok {
		cs = &clientState{byRef: map[string]*order{}, numbers: map[string]*numberEntry{}}
		st.clients[id] = cs
	}
	return cs
}

// numberEntry is one number of a client's inventory.
type numberEntry struct {
	number, country, area, status string
	expiresAt                     time.Time // Reserved only
	reference                     string    // of the reservation or port-in that brought it in
	orderIDs                      []string
	endCustomer                   *endCustomer
	emergencyAddressID            string
	directoryListing              bool
	kind                          string            // geographic or nomadic
	directoryService              *directoryService // SE and ES only
	reservedBy                    *order            // the reservation that brought it in
	portIn                        *order            // the port-in that brought it in
	busy                          *order            // a pending order that will change it
}

func (st *numberState) release(numbers ...string) {
	for _, n := range numbers {
		delete(st.held, n)
	}
}

// drop removes a number from the inventory and puts it back in the pool.
func (st *numberState) drop(cs *clientState, n string) {
	delete(cs.numbers, n)
	st.release(n)
}

func (st *numberState) deactivate(o *order) {
	st.active = slices.DeleteFunc(st.active, func(a *order) bool { return a == o })
}

// numberDetail is the inventory item of GET /v1/Number.
type numberDetail struct {
	Number               string            `json:"number"`
	CountryCode          string            `json:"countryCode"`
	AreaCode             string            `json:"areaCode"`
	Status               string            `json:"status"`
	ReservationExpiresAt *time.Time        `json:"reservationExpiresAt,omitempty"`
	CustomerReference    string            `json:"customerReference"`
	OrderIDs             []string          `json:"orderIds"`
	EndCustomer          *endCustomer      `json:"endCustomer,omitempty"`
	EmergencyAddressID   string            `json:"emergencyAddressId,omitempty"`
	DirectoryListing     bool              `json:"directoryListing"`
	PortingStatus        string            `json:"portingStatus,omitempty"`
	NumberType           string            `json:"numberType"`
	DirectoryService     *directoryService `json:"directoryService,omitempty"`
}

func (e *numberEntry) detail() numberDetail {
	d := numberDetail{
		Number: e.number, CountryCode: e.country, AreaCode: e.area, Status: e.status,
		CustomerReference: e.reference, OrderIDs: slices.Clone(e.orderIDs),
		EmergencyAddressID: e.emergencyAddressID, DirectoryListing: e.directoryListing,
		NumberType: e.kind, DirectoryService: e.directoryService.clone(),
	}
	if e.status == statusReserved {
		t := e.expiresAt
		d.ReservationExpiresAt = &t
	}
	if e.endCustomer != nil {
		c := *e.endCustomer
		d.EndCustomer = &c
	}
	if e.status == statusPorting && e.portIn != nil {
		d.PortingStatus = e.portIn.view.PortingStatus
	}
	return d
}
