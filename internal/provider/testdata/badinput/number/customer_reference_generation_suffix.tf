# "~" is how the provider numbers later orders under a reference: not for users.
# expect: customer_reference must be 1 to 48 characters.*got: office~2
# attribute: customer_reference

resource "colt_number" "bad" {
  customer_reference = "office~2"
  country_code       = "DK"
  quantity           = 1
}
