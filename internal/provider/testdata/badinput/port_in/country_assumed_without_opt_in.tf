# Hungary: known to the provider, named by no Colt text, and not opted into.
# expect: Country not named by Colt: country_code HU
# attribute: country_code

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "budapest"
  country_code       = "HU"
  numbers            = ["+3612345678"]
  losing_carrier     = "Magyar Telekom"
  end_customer_name  = "Példa Ügyfél Kft."
  requested_date     = local.next_week
}
