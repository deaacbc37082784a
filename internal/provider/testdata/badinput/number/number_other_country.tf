# A French number in a Danish block.
# expect: Number outside the country: \+33123456789 is not a DK number \(calling code \+45\)
# attribute: numbers[1]

resource "colt_number" "bad" {
  customer_reference = "mixed"
  country_code       = "DK"
  numbers = [
    "+4512345678",
    "+33123456789",
  ]
}
