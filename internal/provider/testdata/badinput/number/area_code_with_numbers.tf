# Explicit numbers carry their own area: area_code conflicts.
# expect: Attribute "numbers" cannot be specified when "area_code" is specified
# attribute: area_code

resource "colt_number" "bad" {
  customer_reference = "area-and-numbers"
  country_code       = "GB"
  area_code          = "20"
  numbers            = ["+442071230000"]
}
