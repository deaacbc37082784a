# Colt lists numbers as country, area code and extension.
output "london" {
  value = provider::colt::e164("GB", "020", "7123 0000") # "+442071230000"
}
