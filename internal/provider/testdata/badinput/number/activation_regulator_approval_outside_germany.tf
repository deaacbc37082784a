# expect: Regulator approval outside Germany: activation\.regulator_approval_reference applies to German \(DE\) numbers only
# attribute: activation.regulator_approval_reference

resource "colt_number" "bad" {
  customer_reference = "approved-fr"
  country_code       = "FR"
  quantity           = 1
  activation = {
    end_customer_name            = "Client Démo SARL"
    regulator_approval_reference = "BNetzA-2024-001"
  }
}
