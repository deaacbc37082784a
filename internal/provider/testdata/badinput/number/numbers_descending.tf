# A block is in ascending order.
# expect: Numbers are not a contiguous block:.*\+4512345677 does not follow \+4512345678
# attribute: numbers[1]

resource "colt_number" "bad" {
  customer_reference = "descending"
  country_code       = "DK"
  numbers = [
    "+4512345678",
    "+4512345677",
  ]
}
