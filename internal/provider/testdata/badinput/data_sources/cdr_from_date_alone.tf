# expect: Invalid Attribute Combination: These attributes must be configured together: \[from_date,to_date\]

data "colt_call_detail_records" "bad" {
  from_date = "2025-01-01"
}
