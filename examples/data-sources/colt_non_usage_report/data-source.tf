# Last month's report: the day before the first of this month.
locals {
  last_month = formatdate("YYYY-MM", timeadd("${formatdate("YYYY-MM", plantimestamp())}-01T00:00:00Z", "-24h"))
}

data "colt_non_usage_report" "last_month" {
  month = local.last_month
}

output "activation_charges" {
  value = [for c in data.colt_non_usage_report.last_month.charges : c.amount if c.charge_type == "activation"]
}

# The report as Colt delivers it: .r.cat files, their content as sent.
output "report_files" {
  value = { for f in data.colt_non_usage_report.last_month.files : f.name => f.size }
}
