# Nomadic numbers are not tied to a location.
# expect: Nomadic numbers have no area code
# attribute: area_code

resource "colt_number" "bad" {
  customer_reference = "nomad"
  country_code       = "GB"
  number_type        = "nomadic"
  area_code          = "20"
  quantity           = 1
}
