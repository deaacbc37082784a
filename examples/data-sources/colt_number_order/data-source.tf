# One order, for example a colt_number's reservation_order_id or a
# colt_port_in's id.
data "colt_number_order" "reservation" {
  order_id = "ORD-00012345"
}

output "order" {
  value = {
    type    = data.colt_number_order.reservation.order_type
    status  = data.colt_number_order.reservation.status
    numbers = data.colt_number_order.reservation.numbers
    failure = data.colt_number_order.reservation.failure_reason
  }
}
