# E.164 numbers start with +.
# expect: numbers\[0\] must be an E\.164 number such as \+442071230000, got: 442071230000
# attribute: numbers[0]

resource "colt_number" "bad" {
  customer_reference = "no-plus"
  country_code       = "GB"
  numbers            = ["442071230000"]
}
