# Country codes are upper case.
# expect: country_code value must be one of:.*got: "dk"
# attribute: country_code

resource "colt_number" "bad" {
  customer_reference = "copenhagen"
  country_code       = "dk"
  quantity           = 1
}
