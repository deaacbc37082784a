# expect: Registration number required: .*for PT numbers: set registration_number
# attribute: registration_number

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "braga"
  country_code       = "PT"
  numbers            = ["+351212345678"]
  losing_carrier     = "MEO"
  end_customer_name  = "Cliente Exemplo Lda"
  requested_date     = local.next_week
}
