package main

import "github.com/colt-community/terraform-provider-colt/internal/mock"

// The probe asks about data colt-mock knows (its address book and VAT
// register), so that every answer from the mock is a success. Colt's
// sandbox may know other data: an answer of another kind (an invalid
// address, an unknown VAT number) is still checked against colt.yaml.
const (
	probeCountry = "GB" // free numbers, address, local area code
	vatCountry   = "PT" // a country where Colt requires the VAT check
)

func probeAddress() map[string]string { return mock.KnownAddress(probeCountry) }

func probeVAT() string {
	number, _, _ := mock.ValidVAT(vatCountry)
	return number
}
