# The shape of a date, but no such month.
# expect: Invalid date: to_date is 2025-13-01, a day that does not exist: there is no month 13
# attribute: to_date

data "colt_call_detail_records" "bad" {
  from_date = "2025-12-20"
  to_date   = "2025-13-01"
}
