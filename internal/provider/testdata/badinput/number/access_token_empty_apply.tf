# An empty access_token and no client credentials: nothing in planning a
# reservation calls Colt, so apply is the first to find out, before any order.
# expect: no Colt credentials: set client_id and client_secret
# stage: apply

resource "colt_number" "bad" {
  customer_reference = "no-token"
  country_code       = "DK"
  quantity           = 1
}

provider "colt" {
  access_token = ""
}
