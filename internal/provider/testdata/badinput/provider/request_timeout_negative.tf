# A negative request timeout.
# expect: Invalid duration: request_timeout must be a positive Go duration.*got "-30s"
# attribute: request_timeout

provider "colt" {
  request_timeout = "-30s"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
