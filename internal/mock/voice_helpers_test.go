package mock

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// getJSON sends a GET with the default client's token and decodes the 200
// answer into out.
func (e *env) getJSON(path string, out any) {
	e.t.Helper()
	e.decode(e.call(http.MethodGet, path, ""), "GET "+path, http.StatusOK, out)
}

// postJSON posts body with the default client's token.
func (e *env) postJSON(path, body string, want int, out any) {
	e.t.Helper()
	e.decode(e.call(http.MethodPost, path, body), "POST "+path, want, out)
}

func (e *env) decode(res result, what string, want int, out any) {
	e.t.Helper()
	if res.status != want {
		e.t.Fatalf("%s: status %d, want %d: %s", what, res.status, want, res.body)
	}
	if out != nil {
		if err := json.Unmarshal(res.body, out); err != nil {
			e.t.Fatalf("%s: %v: %s", what, err, res.body)
		}
	}
}

// wantRow checks that res is the error row status/code.
func wantRow(t *testing.T, res result, row string) apiError {
	t.Helper()
	e := res.apiError(t)
	if got := e.rowKey(); got != row {
		t.Errorf("row %s (%s: %s), want %s", got, e.Message, e.Details, row)
	}
	return e
}

func (e apiError) rowKey() string { return itoa(e.Status) + "/" + e.Code }

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func validate(e *env, fields map[string]string) addressValidation {
	e.t.Helper()
	body, _ := json.Marshal(fields)
	var out addressValidation
	e.postJSON(validateAddressPath, string(body), http.StatusOK, &out)
	return out
}

func withFields(base map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			delete(out, kv[i])
		} else {
			out[kv[i]] = kv[i+1]
		}
	}
	return out
}

func query(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return v.Encode()
}

// activated reserves and activates GB numbers seq..seq+n-1 for the default
// client with end customer name; it returns the numbers, the reservation
// and the activation.
func (e *env) activated(ref string, seq, n int, name string) ([]string, orderView, orderView) {
	e.t.Helper()
	numbers := gb(seq, n)
	res := e.done(typeReservation, reserveBody(ref, numbers))
	act := e.done(typeActivation, activateBody(ref+"-act", numbers, name))
	if act.Status != orderCompleted {
		e.t.Fatalf("activation %+v", act)
	}
	return numbers, res, act
}

// portedIn ports a GB number in, in window, and waits for completion.
func (e *env) portedIn(ref, number, window string) orderView {
	e.t.Helper()
	body := `{"customerReference":"` + ref + `","countryCode":"GB","numbers":["` + number + `"],"losingCarrier":"OldCo",` +
		`"requestedDate":"` + e.today() + `","requestedWindow":"` + window + `","endCustomer":{"name":"Porter Ltd"}}`
	o := e.done(typePortIn, body)
	if o.Status != orderCompleted {
		e.t.Fatalf("port-in %+v", o)
	}
	return o
}

func (e *env) unrated(q string) unratedCDRsResponse {
	e.t.Helper()
	var out unratedCDRsResponse
	e.getJSON(unratedCDRPath+"?"+q, &out)
	return out
}

func day(t time.Time) string { return t.UTC().Format(time.DateOnly) }
