# The end of a range without its start.
# expect: Attribute "range_start" must be specified when "range_end" is specified
# attribute: range_end

data "colt_numbers" "bad" {
  range_end = "+442071230099"
}
