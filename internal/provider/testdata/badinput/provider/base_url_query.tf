# A query string on the gateway.
# expect: Invalid Colt base URL: the URL must not have a query or fragment
# attribute: base_url

provider "colt" {
  base_url = "https://apis.colt.net/?env=sandbox"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
