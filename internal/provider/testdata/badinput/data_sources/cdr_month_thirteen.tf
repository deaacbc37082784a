# expect: month must be a month as YYYY-MM, got: 2025-13
# attribute: month

data "colt_call_detail_records" "bad" {
  month = "2025-13"
}
