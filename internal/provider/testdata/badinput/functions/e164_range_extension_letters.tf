# expect: the extension "7123OOOO" has a character that is not a digit

output "bad" {
  value = provider::colt::e164_range("GB", "20", "7123OOOO", 10)
}
