# Germany finds local area codes by coordinates only.
# expect: Coordinates required: Colt finds German local area codes by coordinates
# attribute: latitude

data "colt_local_area_code" "bad" {
  country     = "DE"
  postal_code = "10115"
}
