# An explicit empty base_url is a value, and not a URL.
# expect: Invalid Colt base URL: "" is not an absolute URL
# attribute: base_url

provider "colt" {
  base_url = ""
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
