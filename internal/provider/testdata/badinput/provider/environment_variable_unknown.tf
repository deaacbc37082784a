# COLT_ENVIRONMENT names no environment (the block has none): the diagnostic
# names the variable, there being no attribute to point at.
# expect: Invalid Colt environment: The COLT_ENVIRONMENT environment variable is "test"
# env: COLT_ENVIRONMENT=test

provider "colt" {}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
