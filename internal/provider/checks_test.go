package provider

import (
	"encoding/json"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// inRange checks a number attribute lies within [lo, hi].
func inRange(lo, hi float64) knownvalue.Check { return rangeCheck{lo, hi} }

type rangeCheck struct{ lo, hi float64 }

func (c rangeCheck) CheckValue(v any) error {
	n, ok := v.(json.Number)
	if !ok {
		return fmt.Errorf("expected a number, got %T", v)
	}
	f, err := n.Float64()
	if err != nil || f < c.lo || f > c.hi {
		return fmt.Errorf("%v is not within [%v, %v]", v, c.lo, c.hi)
	}
	return nil
}

func (c rangeCheck) String() string { return fmt.Sprintf("[%v, %v]", c.lo, c.hi) }

// rfc3339Within checks a timestamp lies between now+lo and now+hi.
func rfc3339Within(lo, hi time.Duration) knownvalue.Check { return timeCheck{lo, hi} }

type timeCheck struct{ lo, hi time.Duration }

func (c timeCheck) CheckValue(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("expected a string, got %T", v)
	}
	at, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return err
	}
	if d := at.Sub(acctest.Now()); d < c.lo || d > c.hi {
		return fmt.Errorf("%s is %v from now, want within [%v, %v]", s, d, c.lo, c.hi)
	}
	return nil
}

func (c timeCheck) String() string { return fmt.Sprintf("now+[%v, %v]", c.lo, c.hi) }

// planCase is a configuration whose plan must fail with err, or, with err
// empty, succeed.
type planCase struct {
	name, config, err string
}

// runPlanCases plans each case on its own, without applying anything.
func runPlanCases(t *testing.T, cases []planCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			step := resource.TestStep{Config: tc.config, PlanOnly: true, ExpectNonEmptyPlan: true}
			if tc.err != "" {
				step.ExpectError = regexp.MustCompile(tc.err)
			}
			resource.UnitTest(t, resource.TestCase{ProtoV6ProviderFactories: protoV6Providers, Steps: []resource.TestStep{step}})
		})
	}
}
