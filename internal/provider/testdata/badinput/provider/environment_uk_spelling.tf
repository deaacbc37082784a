# Case matters: "Production" is not an environment.
# expect: value must be one of.*got: "Production"
# attribute: environment

provider "colt" {
  environment = "Production"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
