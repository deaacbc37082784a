# A port-in and a number block under one reference.
# expect: Duplicate customer_reference: customer_reference "head-office" is also used by another colt_(number|port_in)
# attribute: customer_reference

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_number" "reserved" {
  customer_reference = "head-office"
  country_code       = "DK"
  quantity           = 1
}

resource "colt_port_in" "ported" {
  customer_reference = "head-office"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  requested_date     = local.next_week
  end_customer_name  = "Eksempelkunde ApS"
}
