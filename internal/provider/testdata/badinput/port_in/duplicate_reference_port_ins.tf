# Two port-ins under one reference.
# expect: Duplicate customer_reference: customer_reference "migration" is also used by another colt_port_in
# attribute: customer_reference

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "first" {
  customer_reference = "migration"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  requested_date     = local.next_week
  end_customer_name  = "Eksempelkunde ApS"
}

resource "colt_port_in" "second" {
  customer_reference = "migration"
  country_code       = "DK"
  numbers            = ["+4512345679"]
  losing_carrier     = "TDC"
  requested_date     = local.next_week
  end_customer_name  = "Eksempelkunde ApS"
}
