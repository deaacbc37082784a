package provider

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// countryOptIn holds the countries no Colt text names that the provider
// block opts into (assumed_countries).
type countryOptIn map[string]bool

func optInFrom(l types.List) countryOptIn {
	out := countryOptIn{}
	for _, v := range l.Elements() {
		if s, ok := v.(types.String); ok && !s.IsNull() && !s.IsUnknown() {
			out[s.ValueString()] = true
		}
	}
	return out
}

// checkCountry fails a plan or read whose country no Colt text names,
// unless the provider block opts into it. It says nothing while the
// provider or the value is not known yet.
func (d *providerData) checkCountry(code types.String, at path.Path, diags *diag.Diagnostics) {
	if d == nil || d.unknownConfig || code.IsNull() || code.IsUnknown() {
		return
	}
	c := code.ValueString()
	if colt.DocumentedCountries[c] || d.countries[c] || colt.Countries[c] == "" {
		return // an unknown country is the attribute validator's to report
	}
	diags.AddAttributeError(at, "Country not named by Colt",
		fmt.Sprintf("%s %s is not in any list Colt publishes (%s). This provider knows it, but that Colt serves it "+
			"is only an assumption. If your Colt contract covers it, opt in with assumed_countries = [%q] in the "+
			"provider \"colt\" block.", at, c, strings.Join(documentedCountries(), " "), c))
}

// documentedCountries are the countries Colt's texts name, sorted.
func documentedCountries() []string { return slices.Sorted(maps.Keys(colt.DocumentedCountries)) }

// backtickedAnd is "`A`, `B` and `C`".
func backtickedAnd(values []string) string {
	quoted := make([]string, len(values))
	for i, v := range values {
		quoted[i] = "`" + v + "`"
	}
	if len(quoted) < 2 {
		return strings.Join(quoted, "")
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " and " + quoted[len(quoted)-1]
}
