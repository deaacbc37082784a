# expect: Timeout must be positive: timeouts\.create is "0s"
# attribute: timeouts.create

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "no-wait"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  timeouts = {
    create = "0s"
  }
  requested_date = local.next_week
}
