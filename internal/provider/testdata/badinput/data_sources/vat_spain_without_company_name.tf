# Spain checks the registered name with the number.
# expect: Company name required: Spain checks the registered name together with the number: set company_name
# attribute: company_name

data "colt_vat_validation" "bad" {
  country_code = "ES"
  vat_number   = "B12345678"
}
