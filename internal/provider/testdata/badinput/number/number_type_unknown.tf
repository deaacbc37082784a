# expect: number_type value must be one of: \["geographic" "nomadic"\], got: "mobile"
# attribute: number_type

resource "colt_number" "bad" {
  customer_reference = "mobile"
  country_code       = "DK"
  quantity           = 1
  number_type        = "mobile"
}
