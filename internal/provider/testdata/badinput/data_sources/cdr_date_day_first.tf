# expect: date must be a date as YYYY-MM-DD, got: 31/01/2025
# attribute: date

data "colt_call_detail_records" "bad" {
  date = "31/01/2025"
}
