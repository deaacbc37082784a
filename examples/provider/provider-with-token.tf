# A second configuration that uses the first one's token instead of
# credentials of its own. The token is never written to plan or state.
ephemeral "colt_access_token" "main" {}

provider "colt" {
  alias        = "by_token"
  access_token = ephemeral.colt_access_token.main.access_token
}
