# A ready access_token whose exp claim has passed (2001).
# expect: Cannot get a Colt access token: the access_token given to the provider has expired

provider "colt" {
  # {"alg":"HS256","typ":"JWT"}.{"exp":1000000000}, unsigned: the provider reads only exp.
  access_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjEwMDAwMDAwMDB9.c2ln"
}

ephemeral "colt_access_token" "bad" {}
