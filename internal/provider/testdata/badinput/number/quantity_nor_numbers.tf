# Neither a quantity nor numbers.
# expect: Exactly one of these attributes must be configured: \[numbers,quantity\]

resource "colt_number" "bad" {
  customer_reference = "neither"
  country_code       = "DK"
}
