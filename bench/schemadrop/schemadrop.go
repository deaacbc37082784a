// Package schemadrop carries, from bench/runbench to the floor provider,
// the top-level attributes the schema floor (floor_number) leaves out of
// colt_number's schema: with them the bench measures what parts of the
// schema cost the framework and the CLI.
package schemadrop

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
)

// Env names the variable holding the attributes, comma-separated.
const Env = "BENCH_SCHEMA_DROP"

// Names parses a comma-separated list of attribute names.
func Names(list string) []string {
	var out []string
	for _, n := range strings.Split(list, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// FromEnv removes from s the attributes $BENCH_SCHEMA_DROP names; an
// error names those s does not have.
func FromEnv(s *schema.Schema) error {
	var missing []string
	for _, n := range Names(os.Getenv(Env)) {
		if _, ok := s.Attributes[n]; !ok {
			missing = append(missing, n)
		}
		delete(s.Attributes, n)
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return fmt.Errorf("%s names attributes colt_number does not have: %s", Env, strings.Join(missing, ", "))
	}
	return nil
}
