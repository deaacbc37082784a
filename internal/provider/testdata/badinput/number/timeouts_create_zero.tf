# A zero timeout would end create before the reservation could be followed.
# expect: Timeout must be positive: timeouts\.create is "0s"
# attribute: timeouts.create

resource "colt_number" "bad" {
  customer_reference = "impatient"
  country_code       = "DK"
  quantity           = 1
  timeouts = {
    create = "0s"
  }
}
