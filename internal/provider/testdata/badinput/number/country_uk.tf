# UK is not an ISO 3166 code (GB is).
# expect: country_code value must be one of:.*got: "UK"
# attribute: country_code

resource "colt_number" "bad" {
  customer_reference = "london"
  country_code       = "UK"
  quantity           = 1
}
