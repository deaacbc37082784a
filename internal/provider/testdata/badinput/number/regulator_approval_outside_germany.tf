# Germany's BNetzA approval on a Danish block (the deprecated top-level attribute).
# expect: Regulator approval outside Germany: regulator_approval_reference applies to German \(DE\) numbers only
# attribute: regulator_approval_reference

resource "colt_number" "bad" {
  customer_reference           = "approved-dk"
  country_code                 = "DK"
  quantity                     = 1
  regulator_approval_reference = "BNetzA-2024-001"
}
