# expect: Directory service outside Sweden and Spain: directory_service is for Swedish \(SE\) and Spanish \(ES\) numbers only; these are FR numbers
# attribute: directory_service

locals {
  next_week = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "168h"))
}

resource "colt_port_in" "bad" {
  customer_reference = "paris-listed"
  country_code       = "FR"
  numbers            = ["+33123456789"]
  losing_carrier     = "Orange"
  end_customer_name  = "Client Démo SARL"
  directory_service = {
    listed_name = "Client Démo"
  }
  requested_date = local.next_week
}
