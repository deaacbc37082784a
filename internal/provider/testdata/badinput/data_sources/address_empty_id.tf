# An empty address id would ask Colt for no address at all (404): refused before any request.
# expect: Missing id: address_id is empty
# attribute: address_id

data "colt_address" "bad" {
  address_id = ""
}
