# A London area code written with its trunk prefix and a space.
# expect: area_code must be 1 to 5 digits, got: \(0\)20
# attribute: area_code

data "colt_free_numbers" "bad" {
  country_code = "GB"
  area_code    = "(0)20"
}
