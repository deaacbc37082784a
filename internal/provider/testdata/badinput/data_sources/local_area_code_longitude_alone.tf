# expect: Attribute "latitude" must be specified when "longitude" is specified
# attribute: longitude

data "colt_local_area_code" "bad" {
  country   = "GB"
  longitude = -0.12
}
