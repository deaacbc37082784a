# Provinces are Italian and Spanish, not British.
# expect: Address field not used in GB: province is not an address field in GB
# attribute: province

data "colt_address_validation" "bad" {
  country      = "GB"
  house_number = "1"
  street_name  = "Example Street"
  city         = "London"
  postal_code  = "EC1A 1AA"
  province     = "Greater London"
}
