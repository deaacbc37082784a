# expect: number must be an E\.164 number.*got: 00442071230000
# attribute: number

data "colt_call_detail_records" "bad" {
  month  = "2025-01"
  number = "00442071230000"
}
