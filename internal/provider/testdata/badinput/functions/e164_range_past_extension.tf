# The block would need a ninth digit.
# expect: Invalid value for "count" parameter: 2 numbers from extension 99999999 run past its 8 digits
# attribute: count

output "bad" {
  value = provider::colt::e164_range("GB", "20", "99999999", 2)
}
