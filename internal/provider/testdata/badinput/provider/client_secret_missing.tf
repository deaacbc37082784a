# A client id without its secret.
# expect: Missing Colt client secret: client_id is set but client_secret is not
# attribute: client_secret

provider "colt" {
  client_id = "colt-demo-client"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
