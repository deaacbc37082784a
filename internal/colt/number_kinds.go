package colt

// Number types: Colt documents geographic and nomadic numbers; how the wire
// names them is assumed (api/colt.yaml).
const (
	NumberGeographic = "geographic"
	NumberNomadic    = "nomadic"
)

// DirectoryServiceCountries are where Colt takes directory service (DSU)
// data on activation, port-in and update orders (Colt Voice API Guide
// v1.4); the fields are assumed.
var DirectoryServiceCountries = map[string]bool{"SE": true, "ES": true}

// DirectoryService is a number's directory entry (DSU), SE and ES only.
type DirectoryService struct {
	ListedName       string `json:"listedName"`
	Street           string `json:"street,omitempty"`
	HouseNumber      string `json:"houseNumber,omitempty"`
	PostalCode       string `json:"postalCode,omitempty"`
	City             string `json:"city,omitempty"`
	BusinessCategory string `json:"businessCategory,omitempty"`
}
