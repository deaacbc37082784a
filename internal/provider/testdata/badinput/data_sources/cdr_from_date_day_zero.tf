# expect: Invalid date: from_date is 2025-12-00, a day that does not exist: December 2025 has days 01 to 31
# attribute: from_date

data "colt_call_detail_records" "bad" {
  from_date = "2025-12-00"
  to_date   = "2025-12-05"
}
