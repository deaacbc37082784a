package mock

import (
	"net/http"
	"reflect"
	"testing"
)

// Switches given at start survive /__mock/reset; ones set later do not.
func TestAssumptionsSetOverHTTPAndKeptByReset(t *testing.T) {
	start := DefaultAssumptions()
	start.OrderSearch = false
	s, ts := startServer(t, Config{Assumptions: &start})

	res := controlRequest(t, http.MethodPost, ts.URL+"/__mock/faults",
		`{"assumptions":{"order_replay":false,"order_statuses":{"Completed":"Complete"}}}`)
	if res.status != http.StatusNoContent {
		t.Fatalf("faults: %d %s", res.status, res.body)
	}
	got := s.CurrentAssumptions()
	if got.OrderSearch || got.OrderReplay || !got.TotalCount || got.OrderStatuses["Completed"] != "Complete" {
		t.Fatalf("after faults: %+v (omitted switches must keep their value)", got)
	}

	if res := controlRequest(t, http.MethodPost, ts.URL+"/__mock/reset", ""); res.status != http.StatusNoContent {
		t.Fatalf("reset: %d", res.status)
	}
	if got := s.CurrentAssumptions(); !reflect.DeepEqual(got, start) {
		t.Errorf("after reset: %+v, want the start switches %+v", got, start)
	}

	for _, body := range []string{`{"assumptions":{"vat_shape":"odd"}}`, `{"assumptions":{"basic_auth":"plain"}}`,
		`{"assumptions":{"order_statuses":{"Done":"x"}}}`, `{"assumptions":{"nope":true}}`} {
		if res := controlRequest(t, http.MethodPost, ts.URL+"/__mock/faults", body); res.status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", body, res.status)
		}
	}
}

func TestParseOrderStatuses(t *testing.T) {
	got, err := ParseOrderStatuses("Pending=Acknowledged, InProgress=In Progress,Completed=Complete,Failed=Rejected")
	want := map[string]string{"Pending": "Acknowledged", "InProgress": "In Progress", "Completed": "Complete", "Failed": "Rejected"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, %v", got, err)
	}
	for _, bad := range []string{"Pending", "Done=Complete", "Pending="} {
		if _, err := ParseOrderStatuses(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
