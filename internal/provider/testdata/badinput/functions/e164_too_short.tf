# expect: Invalid value for "extension" parameter: \+4512 has 4 digits; E\.164 numbers have 8 to 15
# attribute: extension

output "bad" {
  value = provider::colt::e164("DK", "", "12")
}
