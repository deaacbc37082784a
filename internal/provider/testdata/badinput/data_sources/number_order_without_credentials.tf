# Reading an order with a provider that has no credentials at all: refused
# before any request.
# expect: no Colt credentials: set client_id and client_secret in the provider block

provider "colt" {}

data "colt_number_order" "bad" {
  order_id = "ORD-00012345"
}
