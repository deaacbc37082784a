# expect: country value must be one of:.*got: "UK"
# attribute: country

data "colt_address_validation" "bad" {
  country      = "UK"
  house_number = "1"
  street_name  = "Example Street"
  city         = "London"
  postal_code  = "EC1A 1AA"
}
