# Colt takes directory service entries for Swedish and Spanish numbers only.
# expect: Directory service outside Sweden and Spain: activation\.directory_service is for Swedish \(SE\) and Spanish \(ES\) numbers only; these are GB numbers
# attribute: activation.directory_service

resource "colt_number" "bad" {
  customer_reference = "listed"
  country_code       = "GB"
  quantity           = 1
  activation = {
    end_customer_name = "Example Customer Ltd"
    directory_service = {
      listed_name = "Example Customer"
    }
  }
}
