# expect: area_code must be 1 to 5 digits, got: 123456
# attribute: area_code

resource "colt_number" "bad" {
  customer_reference = "long-area"
  country_code       = "GB"
  area_code          = "123456"
  quantity           = 1
}
