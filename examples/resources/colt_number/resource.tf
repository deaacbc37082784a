# Ten London numbers picked by Colt, held in reservation (90 days) until they
# are activated or the resource is destroyed.
resource "colt_number" "reserved" {
  customer_reference = "london-trunk-1"
  country_code       = "GB"
  area_code          = "20"
  quantity           = 10
}

# Two Paris numbers, reserved and then activated for an end customer.
# In PT, ES and FI also set registration_number (the VAT or company number);
# in ES end_customer_name must be the name exactly as registered.
resource "colt_number" "activated" {
  customer_reference = "paris-acme"
  country_code       = "FR"
  area_code          = "1"
  quantity           = 2

  activation = {
    end_customer_name    = "Acme SARL"
    emergency_address_id = "ADDR-000123"
    directory_listing    = false
  }

  timeouts = {
    create = "30m"
  }
}

# These exact numbers (one contiguous block, ascending), for example as found
# by the colt_free_numbers data source.
resource "colt_number" "explicit" {
  customer_reference = "london-reception"
  country_code       = "GB"
  numbers            = ["+442071231000", "+442071231001", "+442071231002"]
}

# A German block of more than 100 numbers is reserved without more ado;
# assigning it to an end customer needs the regulator's (BNetzA) approval
# reference, sent with the activation order.
resource "colt_number" "berlin" {
  customer_reference = "berlin-contact-centre"
  country_code       = "DE"
  area_code          = "30"
  quantity           = 200

  activation = {
    end_customer_name            = "Kundenservice GmbH"
    regulator_approval_reference = "BNetzA-4711-2026"
  }
}

output "paris_numbers" {
  value = colt_number.activated.numbers
}

output "london_reservation_expires_at" {
  value = colt_number.reserved.reservation_expires_at
}
