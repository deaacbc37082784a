# An explicit empty client id next to a secret (e.g. an unset variable).
# expect: Missing Colt client id: client_secret is set but client_id is not
# attribute: client_id

provider "colt" {
  client_id     = ""
  client_secret = "colt-demo-secret"
}

resource "colt_number" "ok" {
  customer_reference = "valid-ref"
  country_code       = "DK"
  quantity           = 1
}
