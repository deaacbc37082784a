# More retries than the provider allows.
# expect: max_retries value must be between 0 and 10, got: 11
# attribute: max_retries

provider "colt" {
  max_retries = 11
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
