# expect: the extension is empty

output "bad" {
  value = provider::colt::e164("GB", "20", "")
}
