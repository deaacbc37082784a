# expect: quantity value must be between 1 and 1000, got: -5
# attribute: quantity

resource "colt_number" "bad" {
  customer_reference = "negative"
  country_code       = "DK"
  quantity           = -5
}
