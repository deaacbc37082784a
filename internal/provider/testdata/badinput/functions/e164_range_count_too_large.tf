# expect: Invalid value for "count" parameter: a range holds 1 to 10000 numbers, not 10001
# attribute: count

output "bad" {
  value = provider::colt::e164_range("GB", "20", "71230000", 10001)
}
