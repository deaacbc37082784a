# expect: latitude value must be between -90\.0+ and 90\.0+, got: 91\.5
# attribute: latitude

data "colt_local_area_code" "bad" {
  country   = "DE"
  latitude  = 91.5
  longitude = 13.4
}
