# expect: activation\.end_customer_name string length must be between 1 and 200, got: 0
# attribute: activation.end_customer_name

resource "colt_number" "bad" {
  customer_reference = "nameless"
  country_code       = "DK"
  quantity           = 1
  activation = {
    end_customer_name = ""
  }
}
