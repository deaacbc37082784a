# Greece's VAT prefix EL is not a country Colt serves.
# expect: country_code value must be one of:.*got: "EL"
# attribute: country_code

data "colt_vat_validation" "bad" {
  country_code = "EL"
  vat_number   = "123456789"
}
