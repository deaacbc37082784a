# expect: requested_window value must be one of: \["standard" "outOfHours"\], got: "night"
# attribute: requested_window

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "night-move"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_window   = "night"
  requested_date     = local.next_week
}
