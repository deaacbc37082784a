# A customer reference with a space.
# expect: customer_reference must be 1 to 48 characters of letters, digits and \. _ / -, got: team a
# attribute: customer_reference

resource "colt_number" "bad" {
  customer_reference = "team a"
  country_code       = "DK"
  quantity           = 1
}
