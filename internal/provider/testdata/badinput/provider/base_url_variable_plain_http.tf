# COLT_BASE_URL (the block has no base_url) with plain http to a remote host:
# the diagnostic names the variable, there being no attribute to point at.
# expect: Invalid Colt base URL: The COLT_BASE_URL environment variable is not usable: plain http
# env: COLT_BASE_URL=http://colt.example.com

provider "colt" {}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
