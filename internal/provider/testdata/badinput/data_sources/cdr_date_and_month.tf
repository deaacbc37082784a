# A day of unrated records and a month of rated ones at once.
# expect: Invalid Attribute Combination: Exactly one of these attributes must be configured: \[date,from_date,month\]

data "colt_call_detail_records" "bad" {
  date  = "2025-01-31"
  month = "2025-01"
}
