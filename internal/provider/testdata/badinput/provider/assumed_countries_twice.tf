# The same country opted into twice.
# expect: Duplicate List Value: This attribute contains duplicate values of: "NO"
# attribute: assumed_countries

provider "colt" {
  assumed_countries = ["NO", "NO"]
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
