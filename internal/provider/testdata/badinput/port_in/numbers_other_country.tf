# A Swedish number in a Danish port-in.
# expect: Number outside the country: \+46812345678 is not a DK number
# attribute: numbers[1]

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "nordic"
  country_code       = "DK"
  numbers = [
    "+4512345678",
    "+46812345678",
  ]
  losing_carrier    = "TDC"
  end_customer_name = "Eksempelkunde ApS"
  requested_date    = local.next_week
}
