# expect: Invalid value for "extension" parameter: the extension "7123OOOO" has a character that is not a digit
# attribute: extension

output "bad" {
  value = provider::colt::e164_range("GB", "20", "7123OOOO", 10)
}
