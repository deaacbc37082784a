# More than 100 German numbers assigned to an end customer need BNetzA's approval.
# expect: German block needs regulator approval:.*these are 101\. Set activation\.regulator_approval_reference
# attribute: activation.regulator_approval_reference

resource "colt_number" "bad" {
  customer_reference = "berlin"
  country_code       = "DE"
  quantity           = 101
  activation = {
    end_customer_name = "Beispielkunde GmbH"
  }
}
