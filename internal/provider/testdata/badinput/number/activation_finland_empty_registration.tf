# Finland: an empty business id is no business id.
# expect: Registration number required:.*for FI numbers
# attribute: activation.registration_number

resource "colt_number" "bad" {
  customer_reference = "helsinki"
  country_code       = "FI"
  quantity           = 1
  activation = {
    end_customer_name   = "Asiakas Oy"
    registration_number = ""
  }
}
