# Client credentials and a ready access token, both from the environment.
# expect: Conflicting Colt credentials: Both client credentials
# attribute: access_token
# env: COLT_CLIENT_ID=colt-demo-client
# env: COLT_CLIENT_SECRET=colt-demo-secret
# env: COLT_ACCESS_TOKEN=eyJhbGciOiJIUzI1NiJ9.e30.c2ln

provider "colt" {}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
