# Every port-in in progress, and every completed one whose numbers the
# account still holds.
list "colt_port_in" "all" {
  provider = colt
}

# Port-ins to the UK that Colt has not completed yet.
list "colt_port_in" "gb_pending" {
  provider = colt

  config {
    country_code = "GB"
    status       = "InProgress"
  }
}
