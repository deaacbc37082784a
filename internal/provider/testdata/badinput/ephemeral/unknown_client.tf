# A client id Colt does not know.
# expect: Cannot get a Colt access token:.*401
# stage: api

provider "colt" {
  client_id     = "someone-else"
  client_secret = "colt-demo-secret"
}

ephemeral "colt_access_token" "bad" {}
