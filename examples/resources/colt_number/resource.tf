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

  # Activated numbers are a business's live lines: deletion_protection
  # (default true) refuses any plan that would return them. Terraform's own
  # prevent_destroy guards the resource in this configuration too.
  lifecycle {
    prevent_destroy = true
  }

  timeouts = {
    create = "30m"
  }
}

# These exact numbers (one contiguous block, ascending).
resource "colt_number" "explicit" {
  customer_reference = "london-reception"
  country_code       = "GB"
  numbers            = ["+442071231000", "+442071231001", "+442071231002"]
}

# Numbers found by a search, taken once. After the reservation those numbers
# are no longer free, so the search moves on; ignore_changes keeps the
# numbers the block was created with instead of planning a replacement on
# every later run. The search is in an area no other block of this
# configuration reserves from: a block reserved by quantity in the same
# area at the same time could take the numbers found.
data "colt_free_numbers" "support" {
  country_code = "GB"
  area_code    = "161"
  quantity     = 2
}

resource "colt_number" "support" {
  customer_reference = "manchester-support"
  country_code       = "GB"
  numbers            = data.colt_free_numbers.support.numbers

  lifecycle {
    ignore_changes = [numbers]
  }
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

# Swedish and Spanish numbers take a directory service (DSU) entry.
resource "colt_number" "stockholm" {
  customer_reference = "stockholm-kund"
  country_code       = "SE"
  quantity           = 5

  activation = {
    end_customer_name = "Kund AB"
    directory_service = {
      listed_name = "Kund AB"
      street      = "Drottninggatan"
      city        = "Stockholm"
    }
  }
}

# Nomadic numbers, reserved by number (found with colt_free_numbers and
# number_type = "nomadic").
resource "colt_number" "nomadic" {
  customer_reference = "berlin-nomadic"
  country_code       = "DE"
  number_type        = "nomadic"
  numbers            = ["+493287650000", "+493287650001"]
}

output "paris_numbers" {
  value = colt_number.activated.numbers
}

output "london_reservation_expires_at" {
  value = colt_number.reserved.reservation_expires_at
}
