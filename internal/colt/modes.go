package colt

// mode is how a view of the client treats its calls. A caller picks it by
// the view it calls through, so the call site says which path runs.
type mode struct {
	// shared: identical idempotent reads share one answer (SharedReads).
	shared bool
	// refresh: number look-ups gather with the refresh's others and are
	// answered from one inventory listing where they can (Refresh).
	refresh bool
	// persist: an order is being seen through (OrderSession).
	persist bool
}

func (c *Client) view(set func(*mode)) *Client {
	v := &Client{state: c.state, mode: c.mode}
	set(&v.mode)
	return v
}

// SharedReads is the client as data sources read through it: within one
// client (one provider process) identical idempotent reads share one
// request, concurrent ones waiting for the first and later ones getting its
// answer, so data sources with the same arguments see the same answer
// within a plan, as Terraform users expect. An order placed through any
// view forgets every answer kept so far. A shared read ends when its own
// request ends (request_timeout): a waiter gets that request's error, never
// a request of its own.
func (c *Client) SharedReads() *Client { return c.view(func(m *mode) { m.shared = true }) }

// Refresh is the client as a resource's Read uses it while Terraform reads
// many resources at once: LookupNumbers waits a short window for the
// refresh's other look-ups, gathers them into range queries, and answers
// from one listing of the inventory where that is cheaper (lookupListed).
func (c *Client) Refresh() *Client { return c.view(func(m *mode) { m.refresh = true }) }

// OrderSession is the client as a resource's Create, Update or Delete uses
// it once it may place an order. An order Colt has taken must be seen
// through: a read that gives up after it (polling the order, reading the
// numbers it gave) ends the apply with the order done and nothing in the
// state. So an idempotent call that still fails transiently after
// max_retries is tried again, with backoff and a warning each round, until
// the call's context ends (the resource's timeout); an order that Colt's
// order search says was not placed is sent again on the same terms until
// then; and nothing is answered from SharedReads' answers.
func (c *Client) OrderSession() *Client { return c.view(func(m *mode) { m.persist = true }) }
