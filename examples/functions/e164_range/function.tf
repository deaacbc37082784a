# Reserve an exact block given in Colt's split format.
resource "colt_number" "block" {
  customer_reference = "acme-london-block"
  country_code       = "GB"
  numbers            = provider::colt::e164_range("GB", "020", "7123 0100", 10)
}
