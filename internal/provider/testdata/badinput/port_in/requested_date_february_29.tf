# 2030 is not a leap year: the shape of a date, but no such day.
# expect: Invalid date: requested_date is 2030-02-29, a day that does not exist: February 2030 has days 01 to 28
# attribute: requested_date

resource "colt_port_in" "bad" {
  customer_reference = "leap-dk"
  country_code       = "DK"
  numbers            = ["+4512345678"]
  losing_carrier     = "TDC"
  end_customer_name  = "Eksempelkunde ApS"
  requested_date     = "2030-02-29"
}
