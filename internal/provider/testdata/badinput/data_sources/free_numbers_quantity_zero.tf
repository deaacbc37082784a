# expect: quantity value must be between 1 and 100, got: 0
# attribute: quantity

data "colt_free_numbers" "bad" {
  country_code = "GB"
  quantity     = 0
}
