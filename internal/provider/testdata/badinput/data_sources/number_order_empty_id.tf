# An empty order id would ask Colt for no order at all (404): refused before any request.
# expect: Missing id: order_id is empty
# attribute: order_id

data "colt_number_order" "bad" {
  order_id = ""
}
