# Norway: known to the provider, named by no Colt text, and not opted into.
# expect: Country not named by Colt: country_code NO is not in any list Colt publishes.*assumed_countries = \["NO"\]
# attribute: country_code

resource "colt_number" "bad" {
  customer_reference = "oslo"
  country_code       = "NO"
  quantity           = 1
}
