# A wrong client secret: Colt's token call answers 401 while planning.
# expect: Cannot get a Colt access token:.*401
# stage: api

provider "colt" {
  client_id     = "colt-demo-client"
  client_secret = "not-the-secret"
}

ephemeral "colt_access_token" "bad" {}
