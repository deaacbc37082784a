data "colt_free_numbers" "london" {
  country_code = "GB"
  area_code    = "20"
  quantity     = 5
}

output "london_numbers" {
  value = data.colt_free_numbers.london.numbers
}
