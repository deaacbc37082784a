package plugingc

import (
	"os"
	"runtime/debug"
	"testing"
)

// gcPercent reads the collector's setting by setting it and putting it back.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestRelaxedWhenGOGCIsNotSet(t *testing.T) {
	t.Setenv("GOGC", "")
	_ = os.Unsetenv("GOGC")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	if !Relax() {
		t.Fatal("Relax changed nothing with GOGC unset")
	}
	if got := gcPercent(); got != Percent {
		t.Errorf("GC percent %d after Relax, want %d", got, Percent)
	}
}

func TestGOGCFromTheEnvironmentIsKept(t *testing.T) {
	t.Setenv("GOGC", "50")
	before := debug.SetGCPercent(50) // as the runtime would have set it
	defer debug.SetGCPercent(before)

	if Relax() {
		t.Error("Relax changed the collector although GOGC is set")
	}
	if got := gcPercent(); got != 50 {
		t.Errorf("GC percent %d after Relax with GOGC=50, want 50", got)
	}
}
