package mock

import (
	"encoding/json"
	"net/http"
	"testing"
)

// Assumption: totalCount in list responses. Switched off, every list
// response leaves the field out altogether (not 0, not null).
func TestTotalCountSwitchRemovesTheField(t *testing.T) {
	e := newEnv(t)
	e.done(typeReservation, `{"customerReference":"tc-1","countryCode":"GB","areaCode":"20","quantity":2}`)
	month := e.clock.Now().AddDate(0, -1, 0).Format("2006-01")
	lists := []string{
		freeNumberPath + "?countryCode=GB",
		inventoryPath,
		orderPath,
		unratedCDRPath + "?date=" + e.today(),
		ratedCDRPath + "?month=" + month,
	}
	fields := func(path string) map[string]json.RawMessage {
		var out map[string]json.RawMessage
		e.getJSON(path, &out)
		return out
	}
	for _, path := range lists {
		if _, ok := fields(path)["totalCount"]; !ok {
			t.Errorf("GET %s: no totalCount under the default assumptions", path)
		}
	}
	a := e.s.CurrentAssumptions()
	a.TotalCount = false
	if err := e.s.SetAssumptions(a); err != nil {
		t.Fatal(err)
	}
	for _, path := range lists {
		got := fields(path)
		if raw, ok := got["totalCount"]; ok {
			t.Errorf("GET %s: totalCount %s with the switch off", path, raw)
		}
		if _, ok := got["limit"]; !ok {
			t.Errorf("GET %s: lost its other fields: %v", path, got)
		}
	}
	if res := e.call(http.MethodGet, inventoryPath+"?limit=0", ""); res.status != http.StatusBadRequest {
		t.Errorf("errors still answer as before, got %d", res.status)
	}
}
