package mock

import (
	"net/http"
	"testing"
)

// Assumption: Colt answers where it is asked. With RedirectTo set, every
// request but /__mock answers 307 to the same path and query there.
func TestRedirectTo(t *testing.T) {
	s, ts := startServer(t, Config{Assumptions: &Assumptions{RedirectTo: "https://elsewhere.example"}})
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, req := range []*http.Request{
		tokenRequest(t, ts.URL),
		freeNumberRequest(t, ts.URL, "countryCode=GB&quantity=2", "any"),
	} {
		resp, err := noFollow.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		want := "https://elsewhere.example" + req.URL.RequestURI()
		if resp.StatusCode != http.StatusTemporaryRedirect || resp.Header.Get("Location") != want {
			t.Errorf("%s: %d to %q, want 307 to %q", req.URL.Path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}
	if s.Stats().TokensIssued != 0 {
		t.Error("a token was issued")
	}
	res := do(t, mustRequest(t, http.MethodGet, ts.URL+controlPrefix+"stats"))
	if res.status != http.StatusOK {
		t.Errorf("/__mock/stats answered %d", res.status)
	}
}

func mustRequest(t *testing.T, method, target string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, target, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}
