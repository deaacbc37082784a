# The demo `make demo` applies against colt-mock. Credentials come from
# COLT_CLIENT_ID and COLT_CLIENT_SECRET; base_url points at the mock.
# Destroying it returns the numbers it reserved.
terraform {
  required_providers {
    colt = {
      source = "colt-community/colt"
    }
  }
}

variable "base_url" {
  type        = string
  description = "Colt gateway, here the local colt-mock."
}

provider "colt" {
  base_url = var.base_url
}

locals {
  cities = {
    london    = { country = "GB", area_code = "20" }
    paris     = { country = "FR", area_code = "1" }
    berlin    = { country = "DE", area_code = "30" }
    madrid    = { country = "ES", area_code = "91" }
    amsterdam = { country = "NL", area_code = "20" }
    dublin    = { country = "IE", area_code = "1" }
    vienna    = { country = "AT", area_code = "1" }
    zurich    = { country = "CH", area_code = "44" }
  }
}

# Eight searches in parallel share one token.
data "colt_free_numbers" "city" {
  for_each = local.cities

  country_code = each.value.country
  area_code    = each.value.area_code
  quantity     = 3
}

# The provider's token, handed out without being written to state ...
ephemeral "colt_access_token" "demo" {}

# ... and used by a second provider configuration that has no credentials.
provider "colt" {
  alias        = "by_token"
  base_url     = var.base_url
  access_token = ephemeral.colt_access_token.demo.access_token
}

data "colt_free_numbers" "by_token" {
  provider     = colt.by_token
  country_code = "LU"
  quantity     = 2
}

output "free_numbers" {
  description = "Three free numbers per city, as searched before the colt_number blocks below took theirs."
  value       = { for city, search in data.colt_free_numbers.city : city => search.numbers }
}

output "found_with_ephemeral_token" {
  value = data.colt_free_numbers.by_token.numbers
}

# Three London numbers picked by Colt, held in reservation: one reservation order.
resource "colt_number" "london" {
  customer_reference = "demo-london"
  country_code       = "GB"
  area_code          = "20"
  quantity           = 3
}

# Two Paris numbers, reserved and activated for an end customer: a
# reservation order, then an activation order.
resource "colt_number" "paris" {
  customer_reference = "demo-paris"
  country_code       = "FR"
  area_code          = "1"
  quantity           = 2

  activation = {
    end_customer_name = "Demo Client SARL"
  }

  # Activated numbers are a customer's live lines and are protected from
  # destroy by default; the demo gives its numbers back at the end.
  deletion_protection = false
}

output "reserved_london" {
  value = {
    numbers         = colt_number.london.numbers
    status          = colt_number.london.status
    order_reference = colt_number.london.order_reference
    expires_at      = colt_number.london.reservation_expires_at
  }
}

output "activated_paris" {
  value = {
    numbers         = colt_number.paris.numbers
    status          = colt_number.paris.status
    end_customer    = colt_number.paris.activation.end_customer_name
    order_reference = colt_number.paris.order_reference
    order_ids       = colt_number.paris.order_ids
  }
}

# Madrid: Colt validates the emergency address and the end customer's VAT
# number (Spain also checks the registered name) before the activation.
data "colt_address_validation" "madrid_office" {
  country      = "ES"
  street_type  = "Calle"
  street_name  = "Gran Via"
  house_number = "1"
  city         = "Madrid"
  province     = "Madrid"
  postal_code  = "28013"
}

data "colt_vat_validation" "madrid_customer" {
  country_code = "ES"
  vat_number   = "B12345678"
  company_name = "Cliente Ejemplo SL"
}

resource "colt_number" "madrid" {
  customer_reference = "demo-madrid"
  country_code       = "ES"
  area_code          = "91"
  quantity           = 2

  deletion_protection = false # the demo gives its numbers back at the end

  activation = {
    end_customer_name    = data.colt_vat_validation.madrid_customer.registered_name
    registration_number  = data.colt_vat_validation.madrid_customer.vat_number
    emergency_address_id = data.colt_address_validation.madrid_office.address_id
  }

  lifecycle {
    precondition {
      condition     = data.colt_address_validation.madrid_office.valid && data.colt_vat_validation.madrid_customer.usable
      error_message = "Colt did not accept the Madrid address or VAT number."
    }
  }
}

output "activated_madrid" {
  value = {
    numbers           = colt_number.madrid.numbers
    status            = colt_number.madrid.status
    end_customer      = colt_number.madrid.activation.end_customer_name
    emergency_address = data.colt_address_validation.madrid_office.address.formatted
    e164_first        = provider::colt::e164("ES", "91", substr(colt_number.madrid.numbers[0], 5, -1))
  }
}
