package main

import (
	"fmt"
	"time"
)

// requestsBeforeOrder is how many requests answer one after another before
// Colt starts an order of ours: the search for an earlier order of the
// same customer reference (what keeps a re-run from ordering twice, as Colt
// documents no idempotent reference) and the order's POST.
const requestsBeforeOrder = 2

// floorBound names, beside a wall-time ratio at N = 500, the least ratio
// anything serving colt_number could reach:
//   - without orders (plan, refresh), the schema floor's own ratio to the
//     floor: what the framework and the CLI cost on colt_number's schema
//     with none of our code;
//   - with orders (apply, destroy), the floor + orders + the requests that
//     must answer before each wave's orders start, over the floor +
//     orders. The schema floor + orders is no bound there: the CLI's work
//     overlaps the orders, so ours can come in under it.
func (res *results) floorBound(cliLabel string, w workload, command string, floorWall time.Duration) string {
	if orders := res.orderFloor(w, command); orders > 0 {
		least := floorWall + orders + res.requestsBeforeOrders(w)
		return fmt.Sprintf("; with a search before each order, at least %.2f×", float64(least)/float64(floorWall+orders))
	}
	sf, ok := res.summary(key{cli: cliLabel, w: w, side: schemaFloor, command: command})
	if !ok {
		return ""
	}
	return fmt.Sprintf("; the schema floor alone %.2f×", float64(sf.wall)/float64(floorWall))
}

// requestsBeforeOrders is the mock's latency on the requests each wave of
// parallel orders waits for before its orders start. The mock delays a
// request before handling it, so a later read can be sent early enough to
// hide its own latency; these two cannot.
func (res *results) requestsBeforeOrders(w workload) time.Duration {
	return time.Duration(res.waves(w)*requestsBeforeOrder) * res.opts.latency
}
