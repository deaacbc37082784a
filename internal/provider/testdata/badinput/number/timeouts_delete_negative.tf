# expect: Timeout must be positive: timeouts\.delete is "-5m"
# attribute: timeouts.delete

resource "colt_number" "bad" {
  customer_reference = "negative-timeout"
  country_code       = "DK"
  quantity           = 1
  timeouts = {
    delete = "-5m"
  }
}
