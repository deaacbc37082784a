# expect: country_code value must be one of:.*got: "EU"
# attribute: country_code

data "colt_numbers" "bad" {
  country_code = "EU"
}
