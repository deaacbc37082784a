# 49 characters: one more than a reference may hold.
# expect: customer_reference must be 1 to 48 characters
# attribute: customer_reference

resource "colt_number" "bad" {
  customer_reference = "a123456789b123456789c123456789d123456789e12345678"
  country_code       = "DK"
  quantity           = 1
}
