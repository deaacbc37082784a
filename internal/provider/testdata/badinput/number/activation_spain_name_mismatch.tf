# Spain: the registered name must match exactly. (Terraform can only point at
# the resource, so the text names activation.end_customer_name.)
# expect: End customer name does not match the registration: .*activation\.end_customer_name: ES B12345678 is registered to "Cliente Ejemplo SL", not "Cliente Ejemplo"
# attribute: activation.end_customer_name
# stage: api

resource "colt_number" "bad" {
  customer_reference = "sevilla"
  country_code       = "ES"
  quantity           = 1
  activation = {
    end_customer_name   = "Cliente Ejemplo"
    registration_number = "B12345678"
  }
}
