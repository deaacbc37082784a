# Germany: by the coordinates Colt returns for a validated address.
data "colt_local_area_code" "berlin" {
  country   = "DE"
  latitude  = 52.517
  longitude = 13.388
}

# Elsewhere: by postal code or city.
data "colt_local_area_code" "london" {
  country     = "GB"
  postal_code = "SW1A 2AA"
}

resource "colt_number" "local" {
  customer_reference = "acme-berlin-local"
  country_code       = "DE"
  area_code          = data.colt_local_area_code.berlin.local_area_code
  quantity           = 5
}
