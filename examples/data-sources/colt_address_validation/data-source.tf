# Validate an end customer's emergency address and activate numbers with it.
data "colt_address_validation" "berlin_office" {
  country      = "DE"
  house_number = "1"
  street_name  = "Unter den Linden"
  city         = "Berlin"
  postal_code  = "10117"
}

resource "colt_number" "berlin" {
  customer_reference = "acme-berlin"
  country_code       = "DE"
  quantity           = 10

  activation = {
    end_customer_name    = "ACME GmbH"
    emergency_address_id = data.colt_address_validation.berlin_office.address_id
  }

  lifecycle {
    precondition {
      condition     = data.colt_address_validation.berlin_office.valid
      error_message = "Colt did not validate the address: ${jsonencode(data.colt_address_validation.berlin_office.field_errors)}"
    }
  }
}

# Spain: street type and province are required.
data "colt_address_validation" "madrid_office" {
  country      = "ES"
  street_type  = "Calle"
  street_name  = "Gran Via"
  house_number = "28"
  city         = "Madrid"
  province     = "Madrid"
  postal_code  = "28013"
}
