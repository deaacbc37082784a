# expect: Invalid value for "country_code" parameter: country "UK" is not one Colt serves; use an ISO 3166 alpha-2 code such as GB
# attribute: country_code

output "bad" {
  value = provider::colt::e164("UK", "20", "71230000")
}
