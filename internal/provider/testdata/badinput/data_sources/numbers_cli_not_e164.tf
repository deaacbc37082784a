# expect: cli must be an E\.164 number.*got: \+0442071230000
# attribute: cli

data "colt_numbers" "bad" {
  cli = "+0442071230000"
}
