# Opens the provider's shared Colt token for use elsewhere, for example by
# the http provider's data source or a provisioner's environment.
ephemeral "colt_access_token" "this" {}

provider "colt" {
  alias        = "by_token"
  access_token = ephemeral.colt_access_token.this.access_token
}
