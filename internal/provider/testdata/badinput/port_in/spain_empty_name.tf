# Spain needs the exact registered name; an empty one fails twice.
# expect: Registered name required: Spain requires the end customer's name exactly as registered
# attribute: end_customer_name

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference  = "valencia"
  country_code        = "ES"
  numbers             = ["+34912345678"]
  losing_carrier      = "Movistar"
  end_customer_name   = ""
  registration_number = "B12345678"
  requested_date      = local.next_week
}
