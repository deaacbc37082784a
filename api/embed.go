// Package api holds colt.yaml, the OpenAPI 3.0.3 document that says what the
// wire to Colt's API gateway looks like, as this project models it. Its
// x-colt-source extensions tell what Colt documents from what is assumed.
package api

import _ "embed"

// Spec is the contents of colt.yaml.
//
//go:embed colt.yaml
var Spec []byte
