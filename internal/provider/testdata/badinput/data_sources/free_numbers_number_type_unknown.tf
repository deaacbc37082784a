# expect: number_type value must be one of: \["geographic" "nomadic"\], got: "tollfree"
# attribute: number_type

data "colt_free_numbers" "bad" {
  country_code = "GB"
  number_type  = "tollfree"
}
