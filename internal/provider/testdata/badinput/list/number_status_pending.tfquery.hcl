# Pending is an order status, not a number's.
# expect: status value must be one of: \["Reserved" "Activated"\], got: "Pending"
# attribute: status

list "colt_number" "bad" {
  provider = colt
  config {
    status = "Pending"
  }
}
