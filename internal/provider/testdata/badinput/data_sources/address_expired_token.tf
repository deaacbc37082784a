# A ready access_token whose exp claim has passed (2001): refused before any request.
# expect: the access_token given to the provider has expired \(at 2001-09-09T01:46:40Z\) and cannot be refreshed

provider "colt" {
  # {"alg":"HS256","typ":"JWT"}.{"exp":1000000000}, unsigned: the provider reads only exp.
  access_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjEwMDAwMDAwMDB9.c2ln"
}

data "colt_address" "bad" {
  address_id = "ADDR-0001"
}
