package colt

import "context"

// Where Colt has no order search, an order's effect in the inventory (a
// documented search) is the only trace of an order whose answer was lost.
// These return that effect as a completed order, or nil when the inventory
// does not show it.

const seenInInventory = "(seen in the inventory)"

// AssignmentInInventory is the trace of an activation or customer update
// r: every number held, active (for an activation) and carrying r's end
// customer data.
func (c *Client) AssignmentInInventory(ctx context.Context, orderType string, r AssignmentRequest) (*Order, error) {
	held, err := c.LookupNumbers(ctx, r.Numbers)
	if err != nil {
		return nil, err
	}
	for _, n := range r.Numbers {
		d, ok := held[n]
		if !ok || !r.shownBy(d) {
			return nil, nil
		}
		if orderType == OrderActivation && d.Status != StatusActivated {
			return nil, nil
		}
	}
	customer := r.EndCustomer
	return &Order{
		OrderType: orderType, CustomerReference: r.CustomerReference, Status: OrderCompleted, RawStatus: seenInInventory,
		Numbers: r.Numbers, EndCustomer: &customer, EmergencyAddressID: r.EmergencyAddressID,
		DirectoryListing: r.DirectoryListing, FromInventory: true,
	}, nil
}

func (r AssignmentRequest) shownBy(d NumberDetail) bool {
	return d.EndCustomer != nil && d.EndCustomer.Name == r.EndCustomer.Name &&
		d.EndCustomer.RegistrationNumber == r.EndCustomer.RegistrationNumber &&
		d.EmergencyAddressID == r.EmergencyAddressID && d.DirectoryListing == r.DirectoryListing
}

// ReturnInInventory is the trace of a return r: none of its numbers held.
func (c *Client) ReturnInInventory(ctx context.Context, r ReturnRequest) (*Order, error) {
	held, err := c.LookupNumbers(ctx, r.Numbers)
	if err != nil || len(held) > 0 {
		return nil, err
	}
	return &Order{
		OrderType: OrderReturn, CustomerReference: r.CustomerReference, Status: OrderCompleted, RawStatus: seenInInventory,
		Numbers: r.Numbers, FromInventory: true,
	}, nil
}
