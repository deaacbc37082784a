# expect: area_code must be 1 to 5 digits, got: 2O
# attribute: area_code

resource "colt_number" "bad" {
  customer_reference = "letter-o"
  country_code       = "GB"
  area_code          = "2O"
  quantity           = 1
}
