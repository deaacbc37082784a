package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/google/uuid"
)

const (
	numberBase     = "/numberManagement/v1/"
	freeNumberPath = numberBase + "freeNumber"
	inventoryPath  = numberBase + "Number"
	orderPath      = numberBase + "order"
)

// modelStatuses are the order statuses colt.yaml assumes.
var modelStatuses = []string{"Pending", "InProgress", "Completed", "Failed"}

// checkNumbers reads free numbers, the inventory and orders; it never
// places an order.
func (p *Probe) checkNumbers(ctx context.Context) {
	free := p.get(ctx, freeNumberPath, url.Values{"countryCode": {probeCountry}, "quantity": {"5"}})
	p.expect("free-number-search", "free-number search (GET "+freeNumberPath+") answers as colt.yaml says", []*Exchange{free})

	orders := p.get(ctx, orderPath, url.Values{"limit": {"50"}})
	seen := ordersIn(orders)
	ref := "colt-probe-" + uuid.NewString()[:8] // matches nothing unless an order gives a real one
	if len(seen) > 0 && seen[0].CustomerReference != "" {
		ref = seen[0].CustomerReference
	}
	byRef := p.get(ctx, orderPath, url.Values{"customerReference": {ref}})
	p.reportOrderSearch(orders, byRef)
	p.reportOrderStatuses(orders, seen)

	orderID := "colt-probe-" + uuid.NewString()[:8]
	read, readStatus := "order read by id (GET "+orderPath+"/{orderId}) answers the order", http.StatusOK
	if len(seen) > 0 && seen[0].OrderID != "" {
		orderID = seen[0].OrderID
	} else {
		read, readStatus = "order read by an unknown id (GET "+orderPath+"/{orderId}) answers 404/206", http.StatusNotFound
	}
	p.expect("order-read", read, []*Exchange{p.get(ctx, orderPath+"/"+url.PathEscape(orderID), nil)}, readStatus)

	inventory := p.get(ctx, inventoryPath, url.Values{"limit": {"50"}})
	p.expect("inventory-search", "inventory search (GET "+inventoryPath+") answers as colt.yaml says", []*Exchange{inventory})
	invByRef := p.get(ctx, inventoryPath, url.Values{"customerReference": {ref}})
	p.expect("inventory-by-reference", "inventory search by customerReference (documented) answers as colt.yaml says", []*Exchange{invByRef})

	p.lists = append(p.lists, free, orders, byRef, inventory, invByRef)

	p.add("order-replay", "a repeated customerReference answers with the existing order (order replay)", NotChecked,
		"seeing it takes placing the same order twice, and the probe never places an order; the provider does not rely on it "+
			"(it looks an order up by customer reference before sending it again)")
}

type orderSeen struct {
	OrderID           string `json:"orderId"`
	CustomerReference string `json:"customerReference"`
	Status            string `json:"status"`
}

func ordersIn(ex *Exchange) []orderSeen {
	var page struct {
		Orders []orderSeen `json:"orders"`
	}
	if ex == nil || ex.Status != http.StatusOK || json.Unmarshal(ex.body, &page) != nil {
		return nil
	}
	return page.Orders
}

func (p *Probe) reportOrderSearch(all, byRef *Exchange) {
	const exists = "order-search endpoint exists (GET " + orderPath + ", also by customerReference)"
	switch {
	case all == nil:
		p.add("order-search", exists, NotChecked, noToken)
	case all.Status == http.StatusOK && byRef.Status == http.StatusOK:
		p.add("order-search", exists, Held, "answered HTTP 200", all, byRef)
	case slices.Contains([]int{http.StatusNotFound, http.StatusMethodNotAllowed, http.StatusNotImplemented}, all.Status):
		p.add("order-search", exists, Broken, describe(all)+": the gateway has no order search; the provider then finds "+
			"interrupted orders through the inventory by customer reference and never resends an order whose outcome is unknown", all, byRef)
	default:
		p.add("order-search", exists, Broken, describe(all)+"; by customerReference: "+describe(byRef), all, byRef)
	}
	p.expect("order-search-answer", "order search answers as colt.yaml says (orders, offset, limit, totalCount)", []*Exchange{all, byRef})
}

func (p *Probe) reportOrderStatuses(ex *Exchange, orders []orderSeen) {
	const statuses = "order statuses are Pending/InProgress/Completed/Failed"
	switch {
	case ex == nil:
		p.add("order-statuses", statuses, NotChecked, noToken)
		return
	case ex.Status != http.StatusOK:
		p.add("order-statuses", statuses, NotChecked, "no order search answer to read statuses from: "+describe(ex), ex)
		return
	case len(orders) == 0:
		p.add("order-statuses", statuses, NotChecked,
			"the account has no orders to read statuses from; place one in the sandbox (for example with the provider) and probe again", ex)
		return
	}
	var names, unknown []string
	for _, o := range orders {
		name := p.clean(o.Status, 40)
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
		if !slices.Contains(modelStatuses, o.Status) && !slices.Contains(unknown, name) {
			unknown = append(unknown, name)
		}
	}
	seen := fmt.Sprintf("statuses seen in %d order(s): %s", len(orders), quoteAll(names))
	if len(unknown) > 0 {
		p.add("order-statuses", statuses, Broken, seen+"; not in the model: "+quoteAll(unknown), ex)
		return
	}
	p.add("order-statuses", statuses, Held, seen, ex)
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
