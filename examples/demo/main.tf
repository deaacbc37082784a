# The demo `make demo` applies against colt-mock. Credentials come from
# COLT_CLIENT_ID and COLT_CLIENT_SECRET; base_url points at the mock.
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
  description = "Three free numbers per city."
  value       = { for city, search in data.colt_free_numbers.city : city => search.numbers }
}

output "found_with_ephemeral_token" {
  value = data.colt_free_numbers.by_token.numbers
}
