package provider

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// TestAccRedirectNotFollowed runs against a gateway that redirects every
// call to another host (assumption: Colt answers where it is asked,
// -redirect-to). The provider follows no redirect: the data source fails
// naming the host, and that host never sees a request, so neither the
// credentials nor a token reach it.
func TestAccRedirectNotFollowed(t *testing.T) {
	var hits atomic.Int32
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		w.WriteHeader(http.StatusTeapot)
	}))
	defer evil.Close()
	target := acctest.StartWith(t, mock.Config{Assumptions: &mock.Assumptions{
		OrderSearch: true, OrderReplay: true, TotalCount: true, RedirectTo: evil.URL,
	}})
	target.NeedsMock(t)
	host := regexp.QuoteMeta(strings.TrimPrefix(evil.URL, "http://"))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: target.ProviderBlock() + freeNumbersConfig("GB", 3),
			ExpectError: regexp.MustCompile(`(?s)Colt answered 307 with a redirect to\s+` + host +
				`;\s+the\s+provider\s+does\s+not\s+follow\s+redirects\s+to\s+another\s+host.*x-tracking-id`),
		}},
	})
	if n := hits.Load(); n != 0 {
		t.Errorf("the other host got %d requests", n)
	}
}
