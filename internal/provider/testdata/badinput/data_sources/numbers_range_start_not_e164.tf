# expect: range_start must be an E\.164 number such as \+442071230000, got: 020 7123 0000
# attribute: range_start

data "colt_numbers" "bad" {
  range_start = "020 7123 0000"
}
