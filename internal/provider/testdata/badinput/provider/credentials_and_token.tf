# Client credentials and a ready access token in one block.
# expect: Conflicting Colt credentials: Both client credentials.*and an access token
# attribute: access_token

provider "colt" {
  client_id     = "colt-demo-client"
  client_secret = "colt-demo-secret"
  access_token  = "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
