# ":" is how the provider derives the references of later orders.
# expect: customer_reference must be 1 to 48 characters of letters, digits and \. _ / -, got: move:1
# attribute: customer_reference

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "move:1"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = local.next_week
}
