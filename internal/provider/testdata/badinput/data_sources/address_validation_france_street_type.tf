# France needs the street type apart.
# expect: Missing address field: Colt needs street_type for addresses in FR
# attribute: street_type

data "colt_address_validation" "bad" {
  country      = "FR"
  house_number = "1"
  street_name  = "Rue de l'Exemple"
  city         = "Paris"
  postal_code  = "75001"
}
