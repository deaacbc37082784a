# An order id pasted with a space inside.
# expect: Invalid id: order_id is "ORD- 00012345": Colt's ids have no spaces
# attribute: order_id

data "colt_number_order" "bad" {
  order_id = "ORD- 00012345"
}
