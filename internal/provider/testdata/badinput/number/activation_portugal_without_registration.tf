# Portugal: the end customer's VAT number is mandatory.
# expect: Registration number required: Colt checks the end customer's VAT or registration number for PT numbers
# attribute: activation.registration_number

resource "colt_number" "bad" {
  customer_reference = "lisbon"
  country_code       = "PT"
  quantity           = 1
  activation = {
    end_customer_name = "Cliente Exemplo Lda"
  }
}
