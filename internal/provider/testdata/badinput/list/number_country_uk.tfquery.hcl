# expect: country_code value must be one of:.*got: "UK"
# attribute: country_code

list "colt_number" "bad" {
  provider = colt
  config {
    country_code = "UK"
  }
}
