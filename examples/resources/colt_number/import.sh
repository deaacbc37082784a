# A colt_number is imported by one of its numbers, E.164. Any number of a block
# imports the whole block: every number brought in by the same reservation or
# port-in.
terraform import colt_number.reserved "+442071230000"
