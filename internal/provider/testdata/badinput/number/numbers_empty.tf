# expect: numbers list must contain at least 1 elements and at most 1000 elements, got: 0
# attribute: numbers

resource "colt_number" "bad" {
  customer_reference = "empty-list"
  country_code       = "DK"
  numbers            = []
}
