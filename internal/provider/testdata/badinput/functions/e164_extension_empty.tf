# expect: Invalid value for "extension" parameter: the extension is empty
# attribute: extension

output "bad" {
  value = provider::colt::e164("GB", "20", "")
}
