# The area code is at fault, not the count.
# expect: Invalid value for "area_code" parameter: the area code "2O" has a character that is not a digit
# attribute: area_code

output "bad" {
  value = provider::colt::e164_range("GB", "2O", "71230000", 10)
}
