# expect: quantity value must be between 1 and 100, got: 500
# attribute: quantity

data "colt_free_numbers" "bad" {
  country_code = "GB"
  quantity     = 500
}
