# expect: Duplicate List Value: This attribute contains duplicate values of: "\+4512345678"
# attribute: numbers

resource "colt_number" "bad" {
  customer_reference = "twice"
  country_code       = "DK"
  numbers            = ["+4512345678", "+4512345678"]
}
