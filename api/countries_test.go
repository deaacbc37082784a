package api

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// The countries colt.yaml says Colt's texts name are the client's
// documented countries; the rest of the enum is what users opt into.
func TestSpecDocumentedCountriesMatchClient(t *testing.T) {
	schema := loadSpec(t).Components.Schemas["CountryCode"].Value
	raw, ok := schema.Extensions["x-colt-documented-values"].([]any)
	if !ok {
		t.Fatal("CountryCode has no x-colt-documented-values")
	}
	var documented []string
	for _, v := range raw {
		documented = append(documented, fmt.Sprint(v))
	}
	slices.Sort(documented)
	if want := slices.Sorted(maps.Keys(colt.DocumentedCountries)); !slices.Equal(documented, want) {
		t.Errorf("x-colt-documented-values %v, colt.DocumentedCountries %v", documented, want)
	}
	var assumed []string
	for _, v := range schema.Enum {
		if code := fmt.Sprint(v); !slices.Contains(documented, code) {
			assumed = append(assumed, code)
		}
	}
	if !slices.Equal(assumed, colt.AssumedCountries()) {
		t.Errorf("enum values not documented %v, colt.AssumedCountries %v", assumed, colt.AssumedCountries())
	}
}
