# 101 German numbers ported in to an end customer need BNetzA's approval.
# expect: German block needs regulator approval:.*these are 101\. Set regulator_approval_reference
# attribute: regulator_approval_reference

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "hamburg"
  country_code       = "DE"
  numbers            = provider::colt::e164_range("DE", "40", "1234000", 101)
  losing_carrier     = "Telekom"
  end_customer_name  = "Beispielkunde GmbH"
  requested_date     = local.next_week
}
