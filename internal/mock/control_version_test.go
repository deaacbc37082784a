package mock

import (
	"net/http"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestControlAPIVersion(t *testing.T) {
	s, ts := startServer(t, Config{})
	s.SetFaults(Faults{Unavailable: 1})

	res := controlRequest(t, http.MethodGet, ts.URL+"/__mock/version", "")
	if res.status != http.StatusOK || string(res.body) != `{"control_api":"1"}`+"\n" {
		t.Errorf("GET /__mock/version: %d %s", res.status, res.body)
	}
	if ct := res.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	res = controlRequest(t, http.MethodPost, ts.URL+"/__mock/version", "")
	if res.status != http.StatusMethodNotAllowed || res.header.Get("Allow") != http.MethodGet {
		t.Errorf("POST /__mock/version: %d, Allow %q", res.status, res.header.Get("Allow"))
	}
	if st := s.Stats(); len(st.APIRequests) != 0 {
		t.Errorf("control requests counted: %v", st.APIRequests)
	}
}

const mockGuide = "../../templates/guides/testing-with-colt-mock.md.tmpl"

// TestControlAPIGuide holds the guide "Testing your configurations with
// colt-mock" to the control API: every endpoint it lists answers with the
// method it gives, every endpoint control.go routes is listed, every JSON
// field of the faults body and the counters is named, and the version it
// states is ControlAPIVersion.
func TestControlAPIGuide(t *testing.T) {
	raw, err := os.ReadFile(mockGuide)
	if err != nil {
		t.Fatal(err)
	}
	guide := string(raw)
	if want := `{"control_api":"` + ControlAPIVersion + `"}`; !strings.Contains(guide, want) {
		t.Errorf("the guide does not state %s", want)
	}

	documented := map[string]string{}
	for _, m := range regexp.MustCompile("`(GET|POST) /__mock/([a-z]+)").FindAllStringSubmatch(guide, -1) {
		documented[m[2]] = m[1]
	}
	_, ts := startServer(t, Config{})
	for name, method := range documented {
		body := ""
		if name == "faults" {
			body = "{}"
		}
		if res := controlRequest(t, method, ts.URL+"/__mock/"+name, body); res.status >= 400 {
			t.Errorf("the guide's %s /__mock/%s answers %d %s", method, name, res.status, res.body)
		}
	}

	src, err := os.ReadFile("control.go")
	if err != nil {
		t.Fatal(err)
	}
	routed := regexp.MustCompile(`controlPrefix \+ "([a-z]+)"`).FindAllStringSubmatch(string(src), -1)
	if len(routed) == 0 {
		t.Fatal("no routes found in control.go")
	}
	for _, m := range routed {
		if _, ok := documented[m[1]]; !ok {
			t.Errorf("/__mock/%s is served but not in the guide", m[1])
		}
	}

	for _, v := range []any{faultsRequest{}, failNextRequest{}, failOrdersRequest{}, dropRequest{}, Assumptions{}, Stats{}} {
		for _, field := range jsonFields(reflect.TypeOf(v)) {
			if !strings.Contains(guide, "`"+field+"`") && !strings.Contains(guide, `"`+field+`"`) {
				t.Errorf("%T field %q is not in the guide", v, field)
			}
		}
	}
}

// jsonFields lists the JSON names of a struct's fields, embedded ones
// included.
func jsonFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	return out
}
