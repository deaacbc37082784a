package mock

// vatAltResponse is the VAT answer when the VATShape assumption is "alt":
// the names EU VIES itself uses instead of the modelled ones, as a gateway
// passing VIES's answer through might send it.
type vatAltResponse struct {
	CountryCode     string `json:"countryCode"`
	VATNumber       string `json:"vatNumber"`
	IsValid         bool   `json:"isValid"`
	Name            string `json:"name,omitempty"`
	Address         string `json:"address,omitempty"`
	TraderNameMatch string `json:"traderNameMatch,omitempty"` // VALID or INVALID
	RequestDate     string `json:"requestDate"`
}

// vatOnWire is a VAT answer in the shape the assumptions say.
func (s *Server) vatOnWire(v vatResponse) any {
	if s.assumed().VATShape != "alt" {
		return v
	}
	alt := vatAltResponse{CountryCode: v.CountryCode, VATNumber: v.VATNumber, IsValid: v.Valid,
		Name: v.RegisteredName, Address: v.RegisteredAddress, RequestDate: v.CheckedAt}
	if v.NameMatches != nil {
		alt.TraderNameMatch = "INVALID"
		if *v.NameMatches {
			alt.TraderNameMatch = "VALID"
		}
	}
	return alt
}
