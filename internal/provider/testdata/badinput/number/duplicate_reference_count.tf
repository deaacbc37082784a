# count copies one fixed reference onto every instance.
# expect: Duplicate customer_reference: customer_reference "branch" is also used by another colt_number
# attribute: customer_reference

resource "colt_number" "branch" {
  count              = 2
  customer_reference = "branch"
  country_code       = "DK"
  quantity           = 1
}
