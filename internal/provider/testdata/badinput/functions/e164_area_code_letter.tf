# expect: the area code "2O" has a character that is not a digit

output "bad" {
  value = provider::colt::e164("GB", "2O", "71230000")
}
