package colt

// Sanitise makes text that came back from a server safe to show: one
// printable line of at most limit characters, with anything that looks
// like a JWT and every given secret replaced by [redacted].
func Sanitise(s string, limit int, secrets ...string) string {
	return sanitise(s, limit, secrets)
}
