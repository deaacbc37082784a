# expect: Nomadic numbers have no area code
# attribute: area_code

data "colt_free_numbers" "bad" {
  country_code = "GB"
  number_type  = "nomadic"
  area_code    = "20"
}
