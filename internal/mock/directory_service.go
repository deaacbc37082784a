package mock

import "strings"

// directoryService is a number's directory entry (DSU). Colt takes DSU
// fields on activation, port-in and update orders in SE and ES (Voice API
// Guide v1.4); the fields are assumed.
type directoryService struct {
	ListedName       *string `json:"listedName"`
	Street           string  `json:"street,omitempty"`
	HouseNumber      string  `json:"houseNumber,omitempty"`
	PostalCode       string  `json:"postalCode,omitempty"`
	City             string  `json:"city,omitempty"`
	BusinessCategory string  `json:"businessCategory,omitempty"`
}

// directoryServiceCountries take directory service data.
var directoryServiceCountries = map[string]bool{"SE": true, "ES": true}

// require answers 400/100 for an entry without a listed name.
func (d *directoryService) require() *apiError {
	if d != nil && (d.ListedName == nil || strings.TrimSpace(*d.ListedName) == "") {
		return fail(errBadBody, "missing required field directoryService.listedName")
	}
	return nil
}

// checkDirectoryService answers 400/209 when an entry is sent for numbers
// of a country that takes none.
func checkDirectoryService(codes []string, d *directoryService) *apiError {
	if d == nil {
		return nil
	}
	for _, code := range codes {
		if !directoryServiceCountries[code] {
			return fail(errDirectoryService, "%s numbers take no directoryService", code)
		}
	}
	return nil
}

func (d *directoryService) clone() *directoryService {
	if d == nil {
		return nil
	}
	c := *d
	name := *d.ListedName
	c.ListedName = &name
	return &c
}
