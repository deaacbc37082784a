# expect: Missing address field: Colt needs district for addresses in PT
# attribute: district

data "colt_address_validation" "bad" {
  country      = "PT"
  house_number = "1"
  street_name  = "Rua Exemplo"
  city         = "Lisboa"
  postal_code  = "1000-001"
}
