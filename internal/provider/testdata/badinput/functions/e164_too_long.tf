# expect: Invalid value for "extension" parameter: \+4420712300001234 has 16 digits; E\.164 numbers have 8 to 15
# attribute: extension

output "bad" {
  value = provider::colt::e164("GB", "20", "712300001234")
}
