# An environment other than production or sandbox.
# expect: value must be one of.*"production" "sandbox".*"staging"
# attribute: environment

provider "colt" {
  environment = "staging"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
