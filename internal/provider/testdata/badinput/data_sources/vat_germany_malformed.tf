# Germany: 15 digits, longer than the 14 Colt takes. Colt's check (VIES) refuses the format.
# expect: Cannot check the VAT number with Colt:.*400/120.*is not a Germany VAT / registration number
# stage: api

data "colt_vat_validation" "bad" {
  country_code = "DE"
  vat_number   = "DE123456789012345"
}
