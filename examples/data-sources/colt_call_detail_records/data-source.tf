# One day's unrated records of one number.
data "colt_call_detail_records" "yesterday" {
  date   = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "-24h"))
  number = "+442071230000"
}

# A consolidated file of unrated records over up to 31 days.
data "colt_call_detail_records" "week" {
  from_date = "2026-11-01"
  to_date   = "2026-11-07"
}

# A month's rated records.
data "colt_call_detail_records" "october" {
  month = "2026-10"
}

output "minutes_yesterday" {
  value = sum(concat([0], [for r in data.colt_call_detail_records.yesterday.records : r.chargeable_seconds])) / 60
}
