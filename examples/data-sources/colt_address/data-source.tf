data "colt_address" "office" {
  address_id = "ADDR-DE-0001"
}

output "office_address" {
  value = data.colt_address.office.address.formatted
}
