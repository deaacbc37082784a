# Ports two London numbers in from another carrier. Create returns once Colt
# has accepted the order; porting_status then follows the port on refresh.
resource "colt_port_in" "office" {
  customer_reference = "london-office-port"
  country_code       = "GB"
  numbers            = ["+442079460100", "+442079460101"]
  losing_carrier     = "BT"
  requested_date     = "2027-01-15" # today or later when set or changed
  requested_window   = "outOfHours"
  end_customer_name  = "Acme Ltd"
}

# A Spanish port-in: Spain needs the end customer's registration number and
# the name exactly as registered. This one waits until the port completes.
resource "colt_port_in" "madrid" {
  customer_reference  = "madrid-port"
  country_code        = "ES"
  numbers             = ["+34915550100"]
  losing_carrier      = "Telefonica"
  requested_date      = "2027-01-20"
  end_customer_name   = "Acme Iberia S.L."
  registration_number = "B12345678"
  wait_for_completion = true

  timeouts = {
    create = "72h"
  }
}

output "office_porting_status" {
  value = colt_port_in.office.porting_status
}
