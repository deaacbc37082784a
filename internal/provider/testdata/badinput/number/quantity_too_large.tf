# expect: quantity value must be between 1 and 1000, got: 1001
# attribute: quantity

resource "colt_number" "bad" {
  customer_reference = "huge"
  country_code       = "DK"
  quantity           = 1001
}
