# expect: status value must be one of:.*got: "Active"
# attribute: status

data "colt_numbers" "bad" {
  status = "Active"
}
