# A national number with its trunk zero.
# expect: numbers\[0\] must be an E\.164 number.*got: 02071230000
# attribute: numbers[0]

resource "colt_number" "bad" {
  customer_reference = "national"
  country_code       = "GB"
  numbers            = ["02071230000"]
}
