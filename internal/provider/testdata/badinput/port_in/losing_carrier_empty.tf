# expect: losing_carrier string length must be between 1 and 100, got: 0
# attribute: losing_carrier

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "from-nowhere"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = ""
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = local.next_week
}
