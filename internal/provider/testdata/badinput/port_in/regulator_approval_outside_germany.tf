# expect: Regulator approval outside Germany: regulator_approval_reference applies to German \(DE\) numbers only
# attribute: regulator_approval_reference

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference           = "vienna"
  country_code                 = "AT"
  numbers                      = ["+43123456789"]
  losing_carrier               = "A1"
  end_customer_name            = "Beispielkunde GmbH"
  regulator_approval_reference = "BNetzA-2024-001"
  requested_date               = local.next_week
}
