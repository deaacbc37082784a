# A scheme other than https.
# expect: Invalid Colt base URL: scheme "ftp" is not supported
# attribute: base_url

provider "colt" {
  base_url = "ftp://apis.colt.net"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
