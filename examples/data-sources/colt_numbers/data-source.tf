# The numbers of one colt_number or colt_port_in. Filter by the resource's
# order_reference, e.g. colt_number.paris.order_reference: that is its
# customer_reference, with a ~N suffix once the reference has been reused.
data "colt_numbers" "paris" {
  customer_reference = "paris-acme"
}

# Every German number still in reservation.
data "colt_numbers" "reserved_de" {
  country_code = "DE"
  status       = "Reserved"
}

# The numbers held in a range.
data "colt_numbers" "london_range" {
  range_start = "+442071230000"
  range_end   = "+442071230099"
}

# The number a call presented as its caller (CLI).
data "colt_numbers" "caller" {
  cli = "+442071230042"
}

output "paris_status" {
  value = { for n in data.colt_numbers.paris.numbers : n.number => n.status }
}

output "reserved_de_count" {
  value = length(data.colt_numbers.reserved_de.numbers)
}
