package pluginlog

import (
	"os"
	"strings"
	"testing"
)

// unsetLogVariables clears every TF_LOG* variable for the test.
func unsetLogVariables(t *testing.T) {
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "TF_LOG") {
			t.Setenv(name, "") // restored after the test
			_ = os.Unsetenv(name)
		}
	}
	for _, name := range []string{"TF_LOG_SDK", "TF_LOG_PROVIDER"} {
		t.Setenv(name, "")
		_ = os.Unsetenv(name)
	}
}

func TestLoggingOffWhenNoOneAsked(t *testing.T) {
	unsetLogVariables(t)
	QuietUnlessAsked()
	for _, name := range []string{"TF_LOG_SDK", "TF_LOG_PROVIDER"} {
		if got := os.Getenv(name); got != "OFF" {
			t.Errorf("%s = %q, want OFF", name, got)
		}
	}
}

func TestLoggingKeptWhenAnyLogVariableIsSet(t *testing.T) {
	for _, asked := range []string{"TF_LOG", "TF_LOG_PROVIDER", "TF_LOG_SDK_FRAMEWORK", "TF_LOG_PATH"} {
		t.Run(asked, func(t *testing.T) {
			unsetLogVariables(t)
			t.Setenv(asked, "TRACE")
			QuietUnlessAsked()
			if got, set := os.LookupEnv("TF_LOG_SDK"); set {
				t.Errorf("with %s set, TF_LOG_SDK = %q, want unset", asked, got)
			}
		})
	}
}
