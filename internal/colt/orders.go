package colt

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Order types, as Colt names its order endpoints.
const (
	OrderReservation    = "reservation"
	OrderActivation     = "activation"
	OrderUpdateCustomer = "updateCustomer"
	OrderReturn         = "return"
	OrderPortIn         = "portIn"
	OrderPortUpdate     = "portUpdate"
)

// Order states.
const (
	OrderPending    = "Pending"
	OrderInProgress = "InProgress"
	OrderCompleted  = "Completed"
	OrderFailed     = "Failed"
)

// EndCustomer is who an activated or ported number is assigned to.
type EndCustomer struct {
	Name               string `json:"name"`
	RegistrationNumber string `json:"registrationNumber,omitempty"`
	// NotRegistered is Colt's "NIF/CIF/VAT ID not registered" for a newly
	// registered company: the order skips the VAT check (wire name assumed).
	NotRegistered bool `json:"registrationNumberNotRegistered,omitempty"`
}

// Order is any Colt number order.
type Order struct {
	OrderID                    string       `json:"orderId"`
	OrderType                  string       `json:"orderType"`
	CustomerReference          string       `json:"customerReference"`
	Status                     string       `json:"status"`
	FailureCode                string       `json:"failureCode,omitempty"`
	FailureReason              string       `json:"failureReason,omitempty"`
	Numbers                    []string     `json:"numbers,omitempty"`
	CountryCode                string       `json:"countryCode,omitempty"`
	CreatedAt                  time.Time    `json:"createdAt"`
	CompletedAt                *time.Time   `json:"completedAt,omitempty"`
	EndCustomer                *EndCustomer `json:"endCustomer,omitempty"`
	EmergencyAddressID         string       `json:"emergencyAddressId,omitempty"`
	DirectoryListing           bool         `json:"directoryListing,omitempty"`
	RegulatorApprovalReference string       `json:"regulatorApprovalReference,omitempty"`
	LosingCarrier              string       `json:"losingCarrier,omitempty"`
	RequestedDate              string       `json:"requestedDate,omitempty"`
	RequestedWindow            string       `json:"requestedWindow,omitempty"`
	PortingStatus              string       `json:"portingStatus,omitempty"`
	PortInOrderID              string       `json:"portInOrderId,omitempty"`
	Cancel                     bool         `json:"cancel,omitempty"`
	// NumberType and DirectoryService are echoed where sent (wire names
	// assumed).
	NumberType       string            `json:"numberType,omitempty"`
	DirectoryService *DirectoryService `json:"directoryService,omitempty"`

	// TrackingID is the x-tracking-id of the request that returned this order.
	TrackingID string `json:"-"`
	// RawStatus is the status as Colt sent it; Status is its Order* form
	// when the provider knows the name.
	RawStatus string `json:"-"`
	// FromInventory marks an order pieced together from the inventory,
	// where Colt offers no order search.
	FromInventory bool `json:"-"`
	// RetryAfter is the Retry-After of the answer that returned this
	// order: when Colt suggests reading it again.
	RetryAfter time.Duration `json:"-"`
}

// Done reports whether the order has reached a final state.
func (o *Order) Done() bool { return o.Status == OrderCompleted || o.Status == OrderFailed }

// ReservationRequest reserves explicit numbers, or Quantity contiguous
// numbers from the free pool of CountryCode/AreaCode.
type ReservationRequest struct {
	CustomerReference          string   `json:"customerReference"`
	CountryCode                string   `json:"countryCode"`
	AreaCode                   string   `json:"areaCode,omitempty"`
	Quantity                   int      `json:"quantity,omitempty"`
	Numbers                    []string `json:"numbers,omitempty"`
	RegulatorApprovalReference string   `json:"regulatorApprovalReference,omitempty"`
	// NumberType is NumberGeographic (Colt's default) or NumberNomadic
	// (wire name assumed).
	NumberType string `json:"numberType,omitempty"`
}

// AssignmentRequest activates numbers for an end customer, or changes the
// end customer data of active numbers.
type AssignmentRequest struct {
	CustomerReference  string      `json:"customerReference"`
	Numbers            []string    `json:"numbers"`
	EndCustomer        EndCustomer `json:"endCustomer"`
	EmergencyAddressID string      `json:"emergencyAddressId,omitempty"`
	DirectoryListing   bool        `json:"directoryListing"`
	// RegulatorApprovalReference is Germany's BNetzA approval, needed to
	// activate more than GermanBlockLimit numbers (wire name assumed).
	RegulatorApprovalReference string `json:"regulatorApprovalReference,omitempty"`
	// DirectoryService is the directory entry, SE and ES only.
	DirectoryService *DirectoryService `json:"directoryService,omitempty"`
}

// ReturnRequest cancels reservations or deactivates numbers.
type ReturnRequest struct {
	CustomerReference string   `json:"customerReference"`
	Numbers           []string `json:"numbers"`
}

// PortInRequest ports numbers in from another carrier.
type PortInRequest struct {
	CustomerReference  string      `json:"customerReference"`
	CountryCode        string      `json:"countryCode"`
	Numbers            []string    `json:"numbers"`
	LosingCarrier      string      `json:"losingCarrier"`
	RequestedDate      string      `json:"requestedDate"`
	RequestedWindow    string      `json:"requestedWindow,omitempty"`
	EndCustomer        EndCustomer `json:"endCustomer"`
	EmergencyAddressID string      `json:"emergencyAddressId,omitempty"`
	// RegulatorApprovalReference: as on AssignmentRequest.
	RegulatorApprovalReference string `json:"regulatorApprovalReference,omitempty"`
	// DirectoryService is the directory entry, SE and ES only.
	DirectoryService *DirectoryService `json:"directoryService,omitempty"`
}

// PortUpdateRequest changes or cancels a port-in that has not completed.
type PortUpdateRequest struct {
	CustomerReference string `json:"customerReference"`
	PortInOrderID     string `json:"portInOrderId"`
	RequestedDate     string `json:"requestedDate,omitempty"`
	RequestedWindow   string `json:"requestedWindow,omitempty"`
	LosingCarrier     string `json:"losingCarrier,omitempty"`
	Cancel            bool   `json:"cancel,omitempty"`
}

const orderBase = "/numberManagement/v1/"

// PlaceReservation, PlaceActivation, ... send one order each. They are
// never sent twice: an attempt whose outcome is unknown is resolved by
// looking the order up (Reserve, StartLife, EnsureOrder), not by resending.
func (c *Client) PlaceReservation(ctx context.Context, r ReservationRequest) (*Order, error) {
	return c.placeOrder(ctx, OrderReservation, r)
}

func (c *Client) PlaceActivation(ctx context.Context, r AssignmentRequest) (*Order, error) {
	return c.placeOrder(ctx, OrderActivation, r)
}

func (c *Client) PlaceCustomerUpdate(ctx context.Context, r AssignmentRequest) (*Order, error) {
	return c.placeOrder(ctx, OrderUpdateCustomer, r)
}

func (c *Client) PlaceReturn(ctx context.Context, r ReturnRequest) (*Order, error) {
	return c.placeOrder(ctx, OrderReturn, r)
}

func (c *Client) PlacePortIn(ctx context.Context, r PortInRequest) (*Order, error) {
	return c.placeOrder(ctx, OrderPortIn, r)
}

func (c *Client) PlacePortUpdate(ctx context.Context, r PortUpdateRequest) (*Order, error) {
	return c.placeOrder(ctx, OrderPortUpdate, r)
}

func (c *Client) placeOrder(ctx context.Context, orderType string, body any) (*Order, error) {
	c.reads.forget()
	c.listed.orderPlaced(orderType, orderNumbers(body))
	var out Order
	meta, err := c.doMeta(ctx, call{
		op:          "place " + orderType + " order",
		method:      http.MethodPost,
		path:        orderBase + orderType + "/order",
		body:        body,
		retryUnsent: true,
	}, &out)
	out.TrackingID, out.RetryAfter = meta.trackingID, meta.retryAfter
	c.normalize(ctx, &out)
	c.listed.changedNumbers(out.Numbers)
	return &out, err
}

// GetOrder reads one order.
func (c *Client) GetOrder(ctx context.Context, orderID string) (*Order, error) {
	var out Order
	meta, err := c.doMeta(ctx, call{
		op:         "read order " + orderID,
		method:     http.MethodGet,
		path:       orderBase + "order/" + url.PathEscape(orderID),
		idempotent: true,
	}, &out)
	out.TrackingID, out.RetryAfter = meta.trackingID, meta.retryAfter
	c.normalize(ctx, &out)
	return &out, err
}

// OrderQuery filters the order search; empty fields do not filter.
type OrderQuery struct {
	CustomerReference string
	OrderType         string
	Status            string
}

type orderPage struct {
	Orders     []Order `json:"orders"`
	TotalCount int     `json:"totalCount"`
}

// FindOrders returns every order matching q, oldest first, reading Colt's
// pages one at a time. Where Colt has no order search it returns an
// *OrderSearchUnsupportedError (from the first such answer on, without
// asking again).
func (c *Client) FindOrders(ctx context.Context, q OrderQuery) ([]Order, error) {
	if err := c.search.unsupported(); err != nil {
		return nil, err
	}
	params := url.Values{}
	setIf(params, "customerReference", q.CustomerReference)
	setIf(params, "orderType", q.OrderType)
	setIf(params, "status", q.Status)
	var all []Order
	err := eachPage(ctx, c, "search orders", orderBase+"order", params, func(page *orderPage) int {
		all = append(all, page.Orders...)
		return len(page.Orders)
	}, func(page *orderPage) int { return page.TotalCount })
	if err != nil {
		return nil, c.search.check(ctx, c, err)
	}
	for i := range all {
		c.normalize(ctx, &all[i])
	}
	return all, nil
}

func setIf(v url.Values, key, value string) {
	if value != "" {
		v.Set(key, value)
	}
}

// OrderFailedError is an order Colt processed and rejected.
type OrderFailedError struct {
	Order *Order
}

func (e *OrderFailedError) Error() string {
	o := e.Order
	msg := fmt.Sprintf("Colt %s order %s (customer reference %q) failed", o.OrderType, o.OrderID, o.CustomerReference)
	if o.FailureCode != "" {
		msg += ": " + o.FailureCode
	}
	if o.FailureReason != "" {
		msg += " " + o.FailureReason
	}
	if o.TrackingID != "" {
		msg += " [x-tracking-id " + o.TrackingID + "]"
	}
	return msg
}

// WaitForOrder polls an order until it completes or fails, until ctx ends.
// The first poll comes when the order is expected to be done (see
// firstPoll), later ones when Colt's Retry-After says, else with backoff
// from minPoll doubling up to maxPoll. A failed order is an
// *OrderFailedError.
func (c *Client) WaitForOrder(ctx context.Context, order *Order, minPoll, maxPoll time.Duration) (*Order, error) {
	return c.WaitForOrderReporting(ctx, order, minPoll, maxPoll, nil)
}

// WaitForOrderReporting is WaitForOrder that calls changed each time the
// order's status (or porting status) changes, with the time waited so far.
func (c *Client) WaitForOrderReporting(ctx context.Context, order *Order, minPoll, maxPoll time.Duration,
	changed func(o *Order, waited time.Duration)) (*Order, error) {
	return c.waitOrder(ctx, order, minPoll, maxPoll, changed, nil)
}

// scoutProbeWait is how many of the shortest poll a scout with a probe
// waits before probing: one probe that finds the order done then costs
// less than the reads of a backoff from the shortest poll.
const scoutProbeWait = 3

// waitOrder is WaitForOrderReporting that, when probe is set, first asks
// probe at the order's expected time whether the order has taken effect;
// a probe that answers nil leaves the order to be read. A scout (see
// awaitPace) with a probe probes after scoutProbeWait shortest polls.
func (c *Client) waitOrder(ctx context.Context, order *Order, minPoll, maxPoll time.Duration,
	changed func(o *Order, waited time.Duration), probe func(ctx context.Context) *Order) (*Order, error) {
	start := time.Now()
	first := c.awaitPace(ctx, order, minPoll, maxPoll)
	defer first.done()
	wait := first.wait
	switch {
	case first.expected:
	case first.scout && probe != nil:
		wait = min(scoutProbeWait*minPoll, maxPoll)
	default:
		probe = nil // the order is not due yet: it would cost a request more
	}
	backoff := minPoll
	if wait <= minPoll {
		backoff = min(minPoll*2, maxPoll)
	}
	for !order.Done() {
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return order, fmt.Errorf("waiting for %s order %s (Colt status %q): %w", order.OrderType, order.OrderID, order.RawStatus, ctx.Err())
		case <-timer.C:
		}
		if probe != nil {
			if done := probe(ctx); done != nil {
				return done, nil
			}
			probe = nil
		}
		next, err := c.GetOrder(ctx, order.OrderID)
		if err != nil && ctx.Err() != nil {
			return order, fmt.Errorf("waiting for %s order %s (Colt status %q): %w", order.OrderType, order.OrderID, order.RawStatus, ctx.Err())
		}
		if err != nil {
			return order, err
		}
		if changed != nil && (next.RawStatus != order.RawStatus || next.PortingStatus != order.PortingStatus) {
			changed(next, time.Since(start))
		}
		order = next
		wait = min(backoff, maxPoll)
		if order.RetryAfter > 0 {
			wait = min(order.RetryAfter, maxPoll)
		}
		backoff = min(backoff*2, maxPoll)
	}
	c.paces.learn(order)
	if order.Status == OrderFailed {
		return order, &OrderFailedError{Order: order}
	}
	return order, nil
}
