data "colt_non_usage_report" "november" {
  month = "2026-11"
}

output "activation_charges" {
  value = [for c in data.colt_non_usage_report.november.charges : c.amount if c.charge_type == "activation"]
}
