# Not a duration at all (the timeouts module's own check, whose text does not
# say timeouts.update; Terraform can only point at the resource).
# expect: "ten minutes" must be a string containing a sequence of decimal numbers

resource "colt_number" "bad" {
  customer_reference = "wordy-timeout"
  country_code       = "DK"
  quantity           = 1
  timeouts = {
    update = "ten minutes"
  }
}
