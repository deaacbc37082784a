# expect: month must be a month as YYYY-MM, got: 2025-1
# attribute: month

data "colt_non_usage_report" "bad" {
  month = "2025-1"
}
