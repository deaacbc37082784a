# An empty customer reference.
# expect: customer_reference must be 1 to 48 characters
# attribute: customer_reference

resource "colt_number" "bad" {
  customer_reference = ""
  country_code       = "DK"
  quantity           = 1
}
