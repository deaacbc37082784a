# expect: country_code value must be one of:.*got: "UK"
# attribute: country_code

data "colt_free_numbers" "bad" {
  country_code = "UK"
}
