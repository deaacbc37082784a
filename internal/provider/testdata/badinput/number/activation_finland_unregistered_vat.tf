# Finland: a well-formed business id VIES does not know. (Terraform can only
# point at the resource, so the text names activation.registration_number.)
# expect: Registration number not valid: Colt's VAT check \(VIES\) does not know FI 87654321, given as activation\.registration_number
# attribute: activation.registration_number
# stage: api

resource "colt_number" "bad" {
  customer_reference = "espoo"
  country_code       = "FI"
  quantity           = 1
  activation = {
    end_customer_name   = "Asiakas Oy"
    registration_number = "87654321"
  }
}
