package mock

import (
	"fmt"
	"time"
)

const (
	// cdrRetentionDays is how many days of unrated CDRs are kept: today
	// (up to now) and the 89 days before it (documented: 90 days).
	cdrRetentionDays = 90
	// maxConsolidatedDays is the longest range of one consolidated request.
	maxConsolidatedDays = 31
	// ratedMonths is how many complete past months rated CDRs cover.
	ratedMonths = 3
)

// midnight is the start of t's day, UTC.
func midnight(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// cdrWindow is the first and last day (midnight UTC) unrated CDRs are
// available for.
func cdrWindow(now time.Time) (first, last time.Time) {
	last = midnight(now)
	return last.AddDate(0, 0, -(cdrRetentionDays - 1)), last
}

// parseCDRDay reads a YYYY-MM-DD day of the 90-day window; anything else
// answers 400/130. name is the parameter or field, for details.
func parseCDRDay(name, raw string, now time.Time) (time.Time, *apiError) {
	first, last := cdrWindow(now)
	window := fmt.Sprintf("%s to %s", first.Format(time.DateOnly), last.Format(time.DateOnly))
	if raw == "" {
		e := errCDRDate.withMessage(name + " is required").withDetails("send " + name + "=YYYY-MM-DD within " + window)
		return time.Time{}, &e
	}
	day, err := time.Parse(time.DateOnly, raw)
	if err != nil {
		e := errCDRDate.withMessage(name + " must be a date YYYY-MM-DD").
			withDetails(fmt.Sprintf("got %q; the window is %s", truncate(raw, 20), window))
		return time.Time{}, &e
	}
	if day.Before(first) || day.After(last) {
		return time.Time{}, fail(errCDRDate, "%s %s is outside %s", name, raw, window)
	}
	return day, nil
}

// parseMonth reads a YYYY-MM month (its first day, UTC); a missing or
// malformed month answers 400/131.
func parseMonth(raw string) (time.Time, *apiError) {
	if raw == "" {
		e := errBillingMonth.withMessage("month is required").withDetails("send month=YYYY-MM")
		return time.Time{}, &e
	}
	m, err := time.Parse("2006-01", raw)
	if err != nil {
		return time.Time{}, fail(errBillingMonth, "month must be YYYY-MM, got %q", truncate(raw, 20))
	}
	return m, nil
}

func monthStart(t time.Time) time.Time {
	y, m, _ := t.UTC().Date()
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}

// parseRatedMonth reads a month of rated CDRs: one of the three complete
// months before the current one (400/131 otherwise).
func parseRatedMonth(raw string, now time.Time) (time.Time, *apiError) {
	m, e := parseMonth(raw)
	if e != nil {
		return m, e
	}
	current := monthStart(now)
	oldest := current.AddDate(0, -ratedMonths, 0)
	if !m.Before(current) || m.Before(oldest) {
		return time.Time{}, fail(errBillingMonth, "rated CDRs cover the complete months %s to %s, not %s",
			oldest.Format("2006-01"), current.AddDate(0, -1, 0).Format("2006-01"), raw)
	}
	return m, nil
}

// parseReportMonth reads a month of the non-usage report: any month up to
// the current one (which covers the charges so far).
func parseReportMonth(raw string, now time.Time) (time.Time, *apiError) {
	m, e := parseMonth(raw)
	if e != nil {
		return m, e
	}
	if current := monthStart(now); m.After(current) {
		return time.Time{}, fail(errBillingMonth, "month %s is in the future (now %s)", raw, current.Format("2006-01"))
	}
	return m, nil
}
