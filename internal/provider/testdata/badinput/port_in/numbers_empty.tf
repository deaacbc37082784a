# expect: numbers list must contain at least 1 elements and at most 1000 elements, got: 0
# attribute: numbers

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "nothing-to-port"
  country_code       = "DK"
  numbers            = []
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = local.next_week
}
