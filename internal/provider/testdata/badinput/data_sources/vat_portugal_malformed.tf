# Portugal: 8 digits where a NIPC has 9. Colt's check (VIES) refuses the format.
# expect: Cannot check the VAT number with Colt:.*400/120.*is not a Portugal VAT / registration number
# stage: api

data "colt_vat_validation" "bad" {
  country_code = "PT"
  vat_number   = "50999999"
}
