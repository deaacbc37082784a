# Spaces are for people, not for E.164.
# expect: numbers\[0\] must be an E\.164 number.*got: \+44 20 7123 0000
# attribute: numbers[0]

resource "colt_number" "bad" {
  customer_reference = "spaced"
  country_code       = "GB"
  numbers            = ["+44 20 7123 0000"]
}
