# expect: Missing address field: Colt needs postal_code for addresses in GB
# attribute: postal_code

data "colt_address_validation" "bad" {
  country      = "GB"
  house_number = "1"
  street_name  = "Example Street"
  city         = "London"
}
