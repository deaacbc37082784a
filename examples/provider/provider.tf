terraform {
  required_providers {
    colt = {
      # registry.terraform.io/colt-community/colt under Terraform,
      # registry.opentofu.org/colt-community/colt under OpenTofu.
      source  = "colt-community/colt"
      version = "~> 0.1"
    }
  }
}

# Credentials from the environment (recommended):
#   export COLT_CLIENT_ID=...
#   export COLT_CLIENT_SECRET=...
provider "colt" {
  environment = "sandbox" # or "production" (the default)
}
