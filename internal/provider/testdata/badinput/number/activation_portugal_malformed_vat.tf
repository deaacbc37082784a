# Portugal: a VAT number of 8 digits (NIPC has 9). Colt's VAT check refuses it while planning.
# expect: Registration number in the wrong format: Colt's VAT check refuses activation\.registration_number = "12345678" for country_code PT.*400/120.*"12345678" is not a Portugal VAT / registration number
# attribute: activation.registration_number
# stage: api

resource "colt_number" "bad" {
  customer_reference = "porto"
  country_code       = "PT"
  quantity           = 1
  activation = {
    end_customer_name   = "Cliente Exemplo Lda"
    registration_number = "12345678"
  }
}
