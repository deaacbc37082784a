# A host name without a scheme.
# expect: Invalid Colt base URL: "apis.colt.net" is not an absolute URL
# attribute: base_url

provider "colt" {
  base_url = "apis.colt.net"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
