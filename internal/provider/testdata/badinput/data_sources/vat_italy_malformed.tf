# Italy: a slash is no part of a partita IVA. Colt's check (VIES) refuses the format.
# expect: Cannot check the VAT number with Colt:.*400/120.*is not a Italy VAT / registration number
# stage: api

data "colt_vat_validation" "bad" {
  country_code = "IT"
  vat_number   = "IT/12345678901"
}
