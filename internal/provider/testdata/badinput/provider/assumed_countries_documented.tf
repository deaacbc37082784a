# assumed_countries takes only countries no Colt text names (NO, HU).
# expect: assumed_countries\[0\] value must be one of: \["HU" "NO"\], got: "DE"
# attribute: assumed_countries

provider "colt" {
  assumed_countries = ["DE"]
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
