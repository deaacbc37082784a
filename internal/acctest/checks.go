package acctest

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

var jwtLike = regexp.MustCompile(`eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.`)

func leak(doc any, secrets []string) error {
	raw, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	text := string(raw)
	for _, s := range secrets {
		if s != "" && strings.Contains(text, s) {
			return fmt.Errorf("a secret (%d chars) is stored in plain text", len(s))
		}
	}
	if m := jwtLike.FindString(text); m != "" {
		return fmt.Errorf("a JWT access token is stored (starts %.12s…)", m)
	}
	return nil
}

// NoSecretsInState fails when the state, with sensitive values shown as
// terraform show -json shows them, holds a secret or any JWT.
func NoSecretsInState(secrets ...string) statecheck.StateCheck {
	return noSecrets{secrets: secrets}
}

// NoSecretsInPlan is the same check for the plan.
func NoSecretsInPlan(secrets ...string) plancheck.PlanCheck {
	return noSecrets{secrets: secrets}
}

type noSecrets struct{ secrets []string }

func (c noSecrets) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	if err := leak(req.State, c.secrets); err != nil {
		resp.Error = fmt.Errorf("state: %w", err)
	}
}

func (c noSecrets) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	if err := leak(req.Plan, c.secrets); err != nil {
		resp.Error = fmt.Errorf("plan: %w", err)
	}
}

// OnlyEphemeralChanges passes a plan in which nothing but ephemeral
// resources changes. OpenTofu lists each ephemeral resource with action
// "open", which terraform-plugin-testing counts as a non-empty plan.
func OnlyEphemeralChanges() plancheck.PlanCheck { return onlyEphemeral{} }

type onlyEphemeral struct{}

func (onlyEphemeral) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	for _, rc := range req.Plan.ResourceChanges {
		if rc.Mode == "ephemeral" || strings.HasPrefix(rc.Address, "ephemeral.") {
			continue
		}
		if rc.Change != nil && !rc.Change.Actions.NoOp() && !rc.Change.Actions.Read() {
			resp.Error = fmt.Errorf("%s would change: %v", rc.Address, rc.Change.Actions)
			return
		}
	}
}

// EphemeralPostApply returns what a step that opens ephemeral resources
// needs for the CLI in use: whether to expect a non-empty plan after apply,
// and the plan checks that still fail on any real change.
func EphemeralPostApply() (expectNonEmptyPlan bool, checks []plancheck.PlanCheck) {
	return OpenTofu(), []plancheck.PlanCheck{OnlyEphemeralChanges()}
}
