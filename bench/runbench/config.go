package main

import (
	"fmt"
	"strings"
)

// workload is one configuration: n resources, or n identical data sources.
type workload struct {
	data bool
	n    int
}

func (w workload) String() string {
	if w.data {
		return fmt.Sprintf("%d data sources", w.n)
	}
	return fmt.Sprintf("%d resources", w.n)
}

// sides of a comparison.
const (
	ours  = "ours"
	floor = "floor"
	// schemaFloor is floor_number: colt_number's schema with none of our
	// code, for resource workloads only.
	schemaFloor = "schema"
)

// sidesOf lists the sides a workload is run on.
func sidesOf(w workload) []string {
	if w.data {
		return []string{ours, floor}
	}
	return []string{ours, floor, schemaFloor}
}

// configuration is main.tf for one side of a workload: N colt_number of one
// number each (or N identical colt_free_numbers), or as many floor_thing,
// or as many floor_number configured as the colt_number are.
func configuration(side string, w workload, mockURL, clientID, clientSecret string) string {
	var b strings.Builder
	if side == ours {
		fmt.Fprintf(&b, "terraform {\n  required_providers {\n    colt = { source = %q }\n  }\n}\n\n", oursSource)
		fmt.Fprintf(&b, "provider \"colt\" {\n  base_url      = %q\n  client_id     = %q\n  client_secret = %q\n}\n", mockURL, clientID, clientSecret)
	} else {
		fmt.Fprintf(&b, "terraform {\n  required_providers {\n    floor = { source = %q }\n  }\n}\n", floorSource)
	}
	numberType := "colt_number"
	if side == schemaFloor {
		numberType = "floor_number"
	}
	for i := 1; i <= w.n; i++ {
		switch {
		case side == ours && w.data:
			fmt.Fprintf(&b, "\ndata \"colt_free_numbers\" \"d%04d\" {\n  country_code = \"GB\"\n  area_code    = \"20\"\n  quantity     = 5\n}\n", i)
		case side == ours || side == schemaFloor:
			fmt.Fprintf(&b, "\nresource %q \"n%04d\" {\n  customer_reference = \"bench-%04d\"\n  country_code       = \"GB\"\n  area_code          = \"20\"\n  quantity           = 1\n}\n",
				numberType, i, i)
		case w.data:
			fmt.Fprintf(&b, "\ndata \"floor_thing\" \"d%04d\" {\n  name = \"bench\"\n  size = 5\n}\n", i)
		default:
			fmt.Fprintf(&b, "\nresource \"floor_thing\" \"n%04d\" {\n  name = \"bench-%04d\"\n  size = 1\n}\n", i, i)
		}
	}
	return b.String()
}

// cliConfig points the CLI at the locally built providers.
func cliConfig(registry string, p providers) string {
	return fmt.Sprintf("provider_installation {\n  dev_overrides {\n    %q = %q\n    %q = %q\n  }\n  direct {}\n}\n",
		registry+"/"+oursSource, p.oursDir, registry+"/"+floorSource, p.floorDir)
}
