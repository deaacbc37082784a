# A consolidated file covers at most 31 days.
# expect: Date range too long: A consolidated file covers at most 31 days; this range has 32
# attribute: to_date

data "colt_call_detail_records" "bad" {
  from_date = "2025-01-01"
  to_date   = "2025-02-01"
}
