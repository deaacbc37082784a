# The shape of a date, but no such day.
# expect: Invalid date: date is 2026-02-30, a day that does not exist: February 2026 has days 01 to 28
# attribute: date

data "colt_call_detail_records" "bad" {
  date = "2026-02-30"
}
