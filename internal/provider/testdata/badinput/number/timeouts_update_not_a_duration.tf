# Not a duration at all.
# expect: Timeout is not a duration: timeouts\.update is "ten minutes", which is not a duration
# attribute: timeouts.update

resource "colt_number" "bad" {
  customer_reference = "wordy-timeout"
  country_code       = "DK"
  quantity           = 1
  timeouts = {
    update = "ten minutes"
  }
}
