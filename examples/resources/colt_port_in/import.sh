# A colt_port_in is imported by the id of its port-in order.
terraform import colt_port_in.office ORD-00012345
