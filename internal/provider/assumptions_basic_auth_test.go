package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// TestAccBasicCredentialForms runs with a client secret that form-escaping
// changes (+ / = : % and a space) against a gateway that unescapes Basic
// credentials and one that compares them literally (assumption: Basic
// escaping, -basic-auth=form|literal). Both work; under "literal" each
// provider process is refused once before it switches, never more.
func TestAccBasicCredentialForms(t *testing.T) {
	const secret = "s3+cr/t=:%4 x"
	for _, form := range []string{"form", "literal"} {
		t.Run(form, func(t *testing.T) {
			target := acctest.StartWith(t, mock.Config{
				Clients: map[string]string{mock.DefaultClientID: secret},
				Assumptions: &mock.Assumptions{OrderSearch: true, OrderReplay: true, TotalCount: true,
					BasicAuth: form},
			})
			m := target.NeedsMock(t)
			target.ClientSecret = secret
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: protoV6Providers,
				Steps: []resource.TestStep{{
					Config: target.ProviderBlock() + freeNumbersConfig("GB", 3),
					ConfigStateChecks: []statecheck.StateCheck{
						statecheck.ExpectKnownValue("data.colt_free_numbers.test", tfjsonpath.New("numbers"), knownvalue.ListSizeExact(3)),
					},
				}},
			})
			s := m.Stats()
			refusedPerProcess := int64(0)
			if form == "literal" {
				refusedPerProcess = 1
			}
			if s.TokensIssued == 0 || s.TokenRequests != s.TokensIssued*(1+refusedPerProcess) {
				t.Errorf("%d token requests for %d tokens, want %d per token", s.TokenRequests, s.TokensIssued, 1+refusedPerProcess)
			}
			t.Logf("%d token requests, %d tokens", s.TokenRequests, s.TokensIssued)
		})
	}
}
