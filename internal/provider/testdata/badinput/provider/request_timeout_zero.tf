# A zero request timeout would fail every call at once.
# expect: Invalid duration: request_timeout must be a positive Go duration.*got "0s"
# attribute: request_timeout

provider "colt" {
  request_timeout = "0s"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
