# Credentials in the URL instead of client_id and client_secret.
# expect: Invalid Colt base URL: the URL must not contain credentials
# attribute: base_url

provider "colt" {
  base_url = "https://colt-demo-client:colt-demo-secret@apis.colt.net"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
