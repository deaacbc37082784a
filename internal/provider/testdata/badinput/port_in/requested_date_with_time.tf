# A timestamp where a day is asked for.
# expect: requested_date must be a date as YYYY-MM-DD, got: 2030-03-01T09:00:00Z
# attribute: requested_date

resource "colt_port_in" "bad" {
  customer_reference = "move-dk"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = "2030-03-01T09:00:00Z"
}
