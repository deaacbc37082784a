# In a .tfquery.hcl file beside the configuration that holds the provider
# block; run `terraform query` (Terraform 1.14 or later), and
# `terraform query -generate-config-out=generated.tf` to write import blocks
# and resources for what it finds.

# Every number block in the account.
list "colt_number" "all" {
  provider = colt
  limit    = 1000
}

# Activated German blocks whose customer reference starts with "legacy-".
list "colt_number" "legacy_de" {
  provider = colt

  config {
    country_code              = "DE"
    status                    = "Activated"
    customer_reference_prefix = "legacy-"
  }
}
