# Both ways of choosing numbers at once.
# expect: Invalid Attribute Combination: Exactly one of these attributes must be configured: \[numbers,quantity\]
# attribute: numbers

resource "colt_number" "bad" {
  customer_reference = "both"
  country_code       = "DK"
  quantity           = 1
  numbers            = ["+4512345678"]
}
