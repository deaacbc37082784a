// Package pluginlog keeps a provider process from writing logs no one
// reads.
package pluginlog

import (
	"os"
	"strings"
)

// QuietUnlessAsked switches the plugin SDK's, the framework's and the
// provider's loggers off when no TF_LOG variable is set. Unset, they log
// at TRACE (every call, attribute by attribute, as JSON with its source
// line), and the CLI, logging nothing itself, throws the lines away: that
// was a quarter of a 500-resource plan's provider CPU. Any TF_LOG*
// variable (TF_LOG, TF_LOG_PROVIDER, TF_LOG_SDK_FRAMEWORK, TF_LOG_PATH, ...)
// leaves logging as it was.
func QuietUnlessAsked() {
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "TF_LOG") {
			return
		}
	}
	for _, name := range []string{"TF_LOG_SDK", "TF_LOG_PROVIDER"} {
		_ = os.Setenv(name, "OFF") // only fails for a name with = or NUL
	}
}
