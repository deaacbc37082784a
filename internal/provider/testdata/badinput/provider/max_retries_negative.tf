# A negative retry count.
# expect: max_retries value must be between 0 and 10, got: -1
# attribute: max_retries

provider "colt" {
  max_retries = -1
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
