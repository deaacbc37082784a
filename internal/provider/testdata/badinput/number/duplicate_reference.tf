# Two number blocks under one customer reference would share (and return) each other's numbers.
# expect: Duplicate customer_reference: customer_reference "office" is also used by another colt_number
# attribute: customer_reference

resource "colt_number" "first" {
  customer_reference = "office"
  country_code       = "DK"
  quantity           = 2
}

resource "colt_number" "second" {
  customer_reference = "office"
  country_code       = "DK"
  quantity           = 3
}
