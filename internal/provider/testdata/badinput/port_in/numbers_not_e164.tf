# expect: numbers\[0\] must be an E\.164 number such as \+442071230000, got: 0045 12345678
# attribute: numbers[0]

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "international-prefix"
  country_code       = "DK"
  numbers            = ["0045 12345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = local.next_week
}
