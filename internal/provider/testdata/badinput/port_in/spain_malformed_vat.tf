# Spain: a NIF without its control letter. Colt's VAT check refuses it while planning.
# expect: Registration number in the wrong format: Colt's VAT check refuses registration_number = "12345678" for country_code ES.*400/120.*"12345678" is not a Spain VAT / registration number
# attribute: registration_number
# stage: api

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference  = "bilbao"
  country_code        = "ES"
  numbers             = ["+34912345678"]
  losing_carrier      = "Movistar"
  end_customer_name   = "Cliente Ejemplo SL"
  registration_number = "12345678"
  requested_date      = local.next_week
}
