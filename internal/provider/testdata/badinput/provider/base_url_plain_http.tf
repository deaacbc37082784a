# Plain http to a host that is not loopback would send the secret in clear.
# expect: Invalid Colt base URL: plain http is allowed only for loopback hosts
# attribute: base_url

provider "colt" {
  base_url = "http://apis.colt.net"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
