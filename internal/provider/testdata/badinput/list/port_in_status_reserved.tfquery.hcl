# Reserved is a number's status, not a port-in order's.
# expect: status value must be one of: \["Pending" "InProgress" "Completed"\], got: "Reserved"
# attribute: status

list "colt_port_in" "bad" {
  provider = colt
  config {
    status = "Reserved"
  }
}
