# 16 digits: E.164 allows 15.
# expect: numbers\[0\] must be an E\.164 number.*got: \+4420712300001234
# attribute: numbers[0]

resource "colt_number" "bad" {
  customer_reference = "sixteen"
  country_code       = "GB"
  numbers            = ["+4420712300001234"]
}
