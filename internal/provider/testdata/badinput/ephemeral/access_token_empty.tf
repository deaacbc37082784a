# An empty access_token (say, an unset variable) and no client credentials:
# opening the token fails while planning, before any request.
# expect: Cannot get a Colt access token: no Colt credentials

provider "colt" {
  access_token = ""
}

ephemeral "colt_access_token" "bad" {}
