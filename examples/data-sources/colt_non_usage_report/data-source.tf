data "colt_non_usage_report" "november" {
  month = "2026-11"
}

output "activation_charges" {
  value = [for c in data.colt_non_usage_report.november.charges : c.amount if c.charge_type == "activation"]
}

# The report as Colt delivers it: .r.cat files, their content as sent.
output "report_files" {
  value = { for f in data.colt_non_usage_report.november.files : f.name => f.size }
}
