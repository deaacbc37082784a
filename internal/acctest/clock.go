package acctest

import (
	"fmt"
	"os"
	"time"
)

// ClockVariable names the instant (RFC 3339) at which the tests' clock
// starts, for runs just before midnight or at a month's or year's end. Unset,
// the tests' clock is the wall clock.
const ClockVariable = "COLT_TEST_CLOCK"

var clockStart, clockOrigin = startClock()

func startClock() (time.Time, time.Time) {
	origin := time.Now()
	v := os.Getenv(ClockVariable)
	if v == "" {
		return origin, origin
	}
	start, err := time.Parse(time.RFC3339, v)
	if err != nil {
		panic(fmt.Sprintf("%s=%q: want an RFC 3339 instant such as 2027-12-31T23:59:00Z", ClockVariable, v))
	}
	return start, origin
}

// Now is the tests' clock: the instant ClockVariable names plus the time
// elapsed since the tests started, or the wall clock. Colt's mock and the
// provider run on it, and tests compute their dates from it.
func Now() time.Time {
	return clockStart.Add(time.Since(clockOrigin))
}

// Today is Now's UTC day at midnight.
func Today() time.Time {
	return Now().UTC().Truncate(24 * time.Hour)
}
