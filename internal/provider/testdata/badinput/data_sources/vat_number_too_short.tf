# expect: vat_number string length must be between 2 and 20, got: 1
# attribute: vat_number

data "colt_vat_validation" "bad" {
  country_code = "DE"
  vat_number   = "1"
}
