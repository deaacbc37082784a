# The country is at fault, not the count.
# expect: Invalid value for "country_code" parameter: country "UK" is not one Colt serves
# attribute: country_code

output "bad" {
  value = provider::colt::e164_range("UK", "20", "71230000", 10)
}
