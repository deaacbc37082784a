# A unit Go durations do not have (days).
# expect: Timeout is not a duration: timeouts\.delete is "2d", which is not a duration
# attribute: timeouts.delete

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "days-timeout"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  timeouts = {
    delete = "2d"
  }
  requested_date = local.next_week
}
