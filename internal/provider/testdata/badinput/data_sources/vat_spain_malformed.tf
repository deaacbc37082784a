# Spain: a CIF one digit short. Colt's check (VIES) refuses the format.
# expect: Cannot check the VAT number with Colt:.*400/120.*is not a Spain VAT / registration number
# stage: api

data "colt_vat_validation" "bad" {
  country_code = "ES"
  vat_number   = "B1234567"
  company_name = "Cliente Ejemplo SL"
}
