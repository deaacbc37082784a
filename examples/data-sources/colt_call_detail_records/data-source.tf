# One day's unrated records of one number.
data "colt_call_detail_records" "yesterday" {
  date   = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "-24h"))
  number = "+442071230000"
}

# A consolidated file of unrated records over up to 31 days, here the
# seven days before yesterday.
data "colt_call_detail_records" "week" {
  from_date = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "-192h"))
  to_date   = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "-48h"))
}

# Last month's rated records: the day before the first of this month.
locals {
  last_month = formatdate("YYYY-MM", timeadd("${formatdate("YYYY-MM", plantimestamp())}-01T00:00:00Z", "-24h"))
}

data "colt_call_detail_records" "last_month" {
  month = local.last_month
}

output "minutes_yesterday" {
  value = sum(concat([0], [for r in data.colt_call_detail_records.yesterday.records : r.chargeable_seconds])) / 60
}
