package main

// whyRequests says why each request of a create and of a destroy is made;
// the route table above gives their counts.
const whyRequests = `
## Why each request of a create and a destroy

- ` + "`GET /numberManagement/v1/order`" + ` (order search), once per order before it is placed: an
  earlier run that crashed or timed out may have placed the order under the same customer reference;
  it is adopted instead of ordered twice.
- ` + "`POST /numberManagement/v1/{type}/order`" + `: the order itself.
- ` + "`GET /numberManagement/v1/Number`" + ` with the order id, at the time the reservation is expected
  to be done: how long the last one took, read from the numbers' expiry (the documented 90-day hold)
  or Colt's order timestamps. When it lists exactly the numbers asked for, reserved under the order's
  reference, the reservation took effect and these entries are the state; no order read and no
  read-back follow. The first reservation of a process (the scout; the others wait for it to learn
  the pace) makes this read after three of the shortest polls (150 ms).
- ` + "`GET /numberManagement/v1/order/{orderId}`" + `: only for orders the inventory does not show done
  at that time (orders slower than expected, or a scout too early); each is then read back from the
  inventory.
- Destroy: one inventory listing in the refresh (a page of 200 per request), then per resource the
  order search, the return and its poll; numbers the refresh showed held are not read again, unless
  Colt refuses the return.
- Token: one per provider process (the plan and the apply of a command are two processes).
`
