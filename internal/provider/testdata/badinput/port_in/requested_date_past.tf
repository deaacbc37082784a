# A porting date before today, for a new port-in.
# expect: Porting date in the past: requested_date 2001-01-01 is before today
# attribute: requested_date

resource "colt_port_in" "bad" {
  customer_reference = "too-late"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = "2001-01-01"
}
