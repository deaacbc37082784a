# A date written day first.
# expect: requested_date must be a date as YYYY-MM-DD, got: 01/03/2030
# attribute: requested_date

resource "colt_port_in" "bad" {
  customer_reference = "move-dk"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = "01/03/2030"
}
