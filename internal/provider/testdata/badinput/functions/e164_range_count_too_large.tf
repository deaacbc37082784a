# expect: a range holds 1 to 10000 numbers, not 10001

output "bad" {
  value = provider::colt::e164_range("GB", "20", "71230000", 10001)
}
