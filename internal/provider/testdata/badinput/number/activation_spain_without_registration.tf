# Spain: NIF/CIF is mandatory.
# expect: Registration number required:.*for ES numbers
# attribute: activation.registration_number

resource "colt_number" "bad" {
  customer_reference = "madrid"
  country_code       = "ES"
  quantity           = 1
  activation = {
    end_customer_name = "Cliente Ejemplo SL"
  }
}
