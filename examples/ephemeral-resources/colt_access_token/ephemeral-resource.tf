# Opens the provider's shared Colt token for use elsewhere. It is never
# written to plan or state.
ephemeral "colt_access_token" "this" {}

# A second provider configuration that uses the token instead of
# credentials of its own.
provider "colt" {
  alias        = "by_token"
  access_token = ephemeral.colt_access_token.this.access_token
}

variable "colt_gateway" {
  type        = string
  description = "Colt's gateway: production, https://sandbox.apis.colt.net, or a colt-mock URL."
  default     = "https://apis.colt.net"
}

# A call to a Colt API of your own, here the inventory's activated numbers
# written to numbers.json. Besides the bearer token, send an x-tracking-id
# header with every call: a fresh id (here a UUID) that Colt support can
# trace. Colt requires it on its token call and this provider assumes it on
# every call, as colt-mock does (400/004 without it).
resource "terraform_data" "activated_numbers" {
  provisioner "local-exec" {
    command = <<-EOT
      curl --fail-with-body --silent --show-error --output numbers.json \
        --header "Authorization: Bearer $COLT_TOKEN" \
        --header "x-tracking-id: $TRACKING_ID" \
        "$COLT_GATEWAY/numberManagement/v1/Number?status=Activated"
    EOT
    environment = {
      COLT_TOKEN   = ephemeral.colt_access_token.this.access_token
      TRACKING_ID  = uuid()
      COLT_GATEWAY = var.colt_gateway
    }
  }
}
