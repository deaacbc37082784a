# expect: Location required: Set postal_code or city
# attribute: postal_code

data "colt_local_area_code" "bad" {
  country = "GB"
}
