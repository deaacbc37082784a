# Adopt a port-in placed outside this configuration into
# colt_port_in.office, by the id of its port-in order. Terraform 1.12 and
# later also take identity = { order_id = "ORD-00012345" } instead of id.
import {
  to = colt_port_in.office
  id = "ORD-00012345"
}
