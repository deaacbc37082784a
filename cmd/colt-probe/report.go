package main

import "time"

// Verdict is what the probe concluded about one assumption.
type Verdict string

const (
	Held       Verdict = "held"
	Broken     Verdict = "broken"
	NotChecked Verdict = "not-checked"
)

// Check is one assumption of api/colt.yaml and what the gateway showed
// about it.
type Check struct {
	ID         string      `json:"id"`
	Assumption string      `json:"assumption"`
	Verdict    Verdict     `json:"verdict"`
	Detail     string      `json:"detail"`
	Exchanges  []*Exchange `json:"exchanges,omitempty"`
}

// Report is everything one probe run found.
type Report struct {
	Target      string    `json:"target"`
	SpecVersion string    `json:"spec_version"`
	StartedAt   time.Time `json:"started_at"`
	FinishedAt  time.Time `json:"finished_at"`
	Held        int       `json:"held"`
	Broken      int       `json:"broken"`
	NotChecked  int       `json:"not_checked"`
	Checks      []*Check  `json:"checks"`
}

func (r *Report) add(c *Check) {
	r.Checks = append(r.Checks, c)
	switch c.Verdict {
	case Held:
		r.Held++
	case Broken:
		r.Broken++
	default:
		r.NotChecked++
	}
}

// Find returns the check with id, or nil.
func (r *Report) Find(id string) *Check {
	for _, c := range r.Checks {
		if c.ID == id {
			return c
		}
	}
	return nil
}
