# expect: Empty date range: to_date is before from_date
# attribute: to_date

data "colt_call_detail_records" "bad" {
  from_date = "2025-01-31"
  to_date   = "2025-01-01"
}
