# Norway, not opted into: refused before the search is sent.
# expect: Country not named by Colt: country_code NO
# attribute: country_code

data "colt_free_numbers" "bad" {
  country_code = "NO"
}
