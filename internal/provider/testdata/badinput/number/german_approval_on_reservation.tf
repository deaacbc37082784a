# The approval goes with the activation, not the reservation.
# expect: Regulator approval in the wrong place: Germany's BNetzA approval is needed before numbers are assigned
# attribute: regulator_approval_reference

resource "colt_number" "bad" {
  customer_reference           = "munich"
  country_code                 = "DE"
  quantity                     = 150
  regulator_approval_reference = "BNetzA-2024-001"
  activation = {
    end_customer_name = "Beispielkunde GmbH"
  }
}
