# A block is contiguous.
# expect: Numbers are not a contiguous block:.*\+4512345680 does not follow \+4512345678
# attribute: numbers[1]

resource "colt_number" "bad" {
  customer_reference = "gap"
  country_code       = "DK"
  numbers = [
    "+4512345678",
    "+4512345680",
  ]
}
