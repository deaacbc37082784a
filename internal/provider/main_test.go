package provider

import (
	"os"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// TestMain runs the provider's date rules on the tests' clock, which
// acctest.ClockVariable may start at any instant.
func TestMain(m *testing.M) {
	clock = acctest.Now
	os.Exit(m.Run())
}
