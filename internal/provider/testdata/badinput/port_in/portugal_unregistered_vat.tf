# Portugal: a well-formed NIPC that VIES does not know.
# expect: Registration number not valid: Colt's VAT check \(VIES\) does not know PT 501234567
# attribute: registration_number
# stage: api

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference  = "faro"
  country_code        = "PT"
  numbers             = ["+351212345678"]
  losing_carrier      = "MEO"
  end_customer_name   = "Cliente Exemplo Lda"
  registration_number = "501234567"
  requested_date      = local.next_week
}
