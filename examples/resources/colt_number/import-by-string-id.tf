# Adopt a block Colt already holds for this account into
# colt_number.reserved, by one of its numbers (E.164): any number of the
# block brings in the whole block. Terraform 1.12 and later also take
# identity = { number = "+442071230000" } instead of id.
import {
  to = colt_number.reserved
  id = "+442071230000"
}
