# Spain needs the registered name to match exactly.
data "colt_vat_validation" "cliente" {
  country_code = "ES"
  vat_number   = "B12345678"
  company_name = "Cliente Ejemplo SL"
}

output "vat_usable" {
  value = data.colt_vat_validation.cliente.usable
}
