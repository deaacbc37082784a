# Ports two London numbers in from another carrier. Create returns once Colt
# has accepted the order; porting_status then follows the port on refresh.
resource "colt_port_in" "office" {
  customer_reference = "london-office-port"
  country_code       = "GB"
  numbers            = ["+442079460100", "+442079460101"]
  losing_carrier     = "BT"
  requested_window   = "outOfHours"
  end_customer_name  = "Acme Ltd"

  # Thirty days from the first plan. requested_date must be today or later
  # when set or changed; ignore_changes keeps the date the port was ordered
  # with instead of moving it (a port update order) on every later plan.
  requested_date = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "720h"))

  lifecycle {
    ignore_changes = [requested_date]
  }
}

# A Spanish port-in: Spain needs the end customer's registration number and
# the name exactly as registered. This one waits until the port completes.
resource "colt_port_in" "madrid" {
  customer_reference  = "madrid-port"
  country_code        = "ES"
  numbers             = ["+34915550100"]
  losing_carrier      = "Telefonica"
  requested_date      = var.madrid_port_date
  end_customer_name   = "Cliente Ejemplo SL"
  registration_number = "B12345678"
  wait_for_completion = true

  timeouts = {
    create = "72h"
  }
}

# A date agreed with the losing carrier, given when planning:
#   terraform apply -var madrid_port_date=YYYY-MM-DD
variable "madrid_port_date" {
  type        = string
  description = "Day the Madrid numbers port, YYYY-MM-DD, today or later."
}

output "office_porting_status" {
  value = colt_port_in.office.porting_status
}
