# A wrong client secret: Colt's token call refuses it (401), no order is read.
# expect: 401
# stage: api

provider "colt" {
  client_id     = "colt-demo-client"
  client_secret = "not-the-secret"
}

data "colt_number_order" "bad" {
  order_id = "ORD-00012345"
}
