package provider

import "time"

// clock is the provider's time for its date rules (Colt's 90-day record
// window, porting dates). Tests replace it to run at a chosen instant.
var clock = time.Now

// today is the current UTC day at midnight.
func today() time.Time {
	return clock().UTC().Truncate(24 * time.Hour)
}
