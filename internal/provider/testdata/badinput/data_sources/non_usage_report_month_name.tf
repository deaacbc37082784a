# expect: month must be a month as YYYY-MM, got: January 2025
# attribute: month

data "colt_non_usage_report" "bad" {
  month = "January 2025"
}
