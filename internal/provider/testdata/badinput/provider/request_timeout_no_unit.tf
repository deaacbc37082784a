# A number of seconds without its unit.
# expect: Invalid duration: request_timeout must be a positive Go duration.*got "30"
# attribute: request_timeout

provider "colt" {
  request_timeout = "30"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
