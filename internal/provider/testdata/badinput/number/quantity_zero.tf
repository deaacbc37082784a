# expect: quantity value must be between 1 and 1000, got: 0
# attribute: quantity

resource "colt_number" "bad" {
  customer_reference = "none"
  country_code       = "DK"
  quantity           = 0
}
