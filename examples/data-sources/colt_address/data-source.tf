# An address Colt has standardised, read back by its id: the address_id of
# a colt_address_validation, or a number's emergency_address_id.
data "colt_address_validation" "office" {
  country      = "DE"
  house_number = "1"
  street_name  = "Unter den Linden"
  city         = "Berlin"
  postal_code  = "10117"
}

data "colt_address" "office" {
  address_id = data.colt_address_validation.office.address_id
}

output "office_address" {
  value = data.colt_address.office.address.formatted
}
