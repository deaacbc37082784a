# Finland: a business id ends in a digit. Colt's check (VIES) refuses the format.
# expect: Cannot check the VAT number with Colt:.*400/120.*is not a Finland VAT / registration number
# stage: api

data "colt_vat_validation" "bad" {
  country_code = "FI"
  vat_number   = "FI1234567X"
}
