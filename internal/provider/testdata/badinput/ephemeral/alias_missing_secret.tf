# The token of a second provider configuration that lacks its secret.
# expect: Missing Colt client secret
# attribute: client_secret

provider "colt" {
  alias     = "billing"
  client_id = "colt-billing-client"
}

ephemeral "colt_access_token" "bad" {
  provider = colt.billing
}
