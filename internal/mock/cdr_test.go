package mock

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// recordKeys returns the keys of every record of a records answer, in
// wire order.
func recordKeys(t *testing.T, body []byte) [][]string {
	t.Helper()
	var raw struct {
		Records []json.RawMessage `json:"records"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, r := range raw.Records {
		dec := json.NewDecoder(bytes.NewReader(r))
		var keys []string
		if _, err := dec.Token(); err != nil { // {
			t.Fatal(err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			keys = append(keys, k.(string))
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, keys)
	}
	return out
}

// recordFields are the fields of a JSON record: all but field 19, the end
// of record marker of files.
func recordFields() []string { return UnratedCDRFields()[:18] }

// checkRecord checks what every record of a number in service must hold.
func checkRecord(t *testing.T, c cdr, date string, now time.Time) {
	t.Helper()
	start, err1 := time.Parse(time.RFC3339, c.StartTime)
	end, err2 := time.Parse(time.RFC3339, c.EndTime)
	if err1 != nil || err2 != nil || end.Sub(start) != time.Duration(c.DurationSeconds)*time.Second || end.After(now) {
		t.Errorf("%s: times %s..%s (%d s), now %s", c.RecordID, c.StartTime, c.EndTime, c.DurationSeconds, now)
	}
	if c.CallDate != date || day(start) != date || c.DurationSeconds < 5 || c.DurationSeconds > 3600 {
		t.Errorf("%s: date %s / %s, duration %d", c.RecordID, c.CallDate, date, c.DurationSeconds)
	}
	if !e164.MatchString(c.CallingNumber) || !e164.MatchString(c.CalledNumber) || !e164.MatchString(c.RoutingNumber) {
		t.Errorf("%s: numbers %s %s %s", c.RecordID, c.CallingNumber, c.CalledNumber, c.RoutingNumber)
	}
	_, okOrigin := countries[c.OriginCountry]
	_, okDest := countries[c.DestinationCountry]
	if !okOrigin || !okDest || (c.CallType == "international") == (c.OriginCountry == c.DestinationCountry) {
		t.Errorf("%s: %s call %s -> %s", c.RecordID, c.CallType, c.OriginCountry, c.DestinationCountry)
	}
	switch c.Direction {
	case "outbound":
		if c.CallingNumber != c.RoutingNumber || c.ChargeableSeconds != max(c.DurationSeconds, 60) {
			t.Errorf("%s: outbound %+v", c.RecordID, c)
		}
	case "inbound":
		if c.CalledNumber != c.RoutingNumber || c.ChargeableSeconds != 0 {
			t.Errorf("%s: inbound %+v", c.RecordID, c)
		}
	default:
		t.Errorf("%s: direction %q", c.RecordID, c.Direction)
	}
	if !slices.Contains([]string{"national", "mobile", "international"}, c.CallType) ||
		c.ReleaseCause != "16" || !strings.HasPrefix(c.TrunkGroupID, "TG-") || !strings.HasPrefix(c.RecordID, "CDR-") {
		t.Errorf("%s: %+v", c.RecordID, c)
	}
}

// CDRs come only for numbers Activated or Port-in Activated, from the
// moment they are, with the data of the order that brought them in.
func TestUnratedCDRsOnlyForNumbersInService(t *testing.T) {
	e := newEnv(t)
	active, res, act := e.activated("cdr", 0, 3, "Acme Ltd")
	reserved := gb(10, 2)
	e.done(typeReservation, reserveBody("held", reserved))
	port := e.portedIn("port", "+441611234567", "standard")
	e.s.FailNextOrders(1, "PORT_REJECTED", "losing carrier refused")
	if failed := e.done(typePortIn, portInJSON("failed", "OldCo", "2026-03-20", []string{"+441611234568"})); failed.Status != orderFailed {
		t.Fatalf("port-in %+v", failed)
	}
	e.clock.Advance(10 * 24 * time.Hour)
	now := e.clock.Now()

	seen := map[string]int{}
	for d := time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC); !d.After(now); d = d.AddDate(0, 0, 1) {
		date := day(d)
		res1 := e.call(http.MethodGet, unratedCDRPath+"?date="+date, "")
		var page unratedCDRsResponse
		e.decode(res1, "unrated "+date, http.StatusOK, &page)
		if page.TotalCount != len(page.Records) || page.Limit != 100 || page.Offset != 0 {
			t.Fatalf("%s: page %d of %d, limit %d", date, len(page.Records), page.TotalCount, page.Limit)
		}
		for _, keys := range recordKeys(t, res1.body) {
			if !slices.Equal(keys, recordFields()) {
				t.Fatalf("record fields %v", keys)
			}
		}
		if f := UnratedCDRFields(); len(f) != 19 || f[18] != "endOfRecord" {
			t.Fatalf("fields %v: want 19, field 19 the end of record", f)
		}
		for i, c := range page.Records {
			checkRecord(t, c, date, now)
			if i > 0 && c.StartTime < page.Records[i-1].StartTime {
				t.Errorf("%s: records not by start time", date)
			}
			start, _ := time.Parse(time.RFC3339, c.StartTime)
			n := c.RoutingNumber
			seen[n]++
			switch {
			case slices.Contains(active, n):
				if start.Before(*act.CompletedAt) || c.CustomerReference != "cdr" || c.OrderID != res.OrderID || c.EndCustomerName != "Acme Ltd" {
					t.Errorf("activated number's record %+v (activated %s)", c, act.CompletedAt)
				}
			case n == "+441611234567":
				if start.Before(*port.CompletedAt) || c.CustomerReference != "port" || c.OrderID != port.OrderID || c.EndCustomerName != "Porter Ltd" {
					t.Errorf("ported number's record %+v", c)
				}
			default:
				t.Errorf("record of %s, which is not in service", n)
			}
		}
		// Deterministic, and per client.
		if again := e.call(http.MethodGet, unratedCDRPath+"?date="+date, ""); !bytes.Equal(again.body, res1.body) {
			t.Errorf("%s: two answers differ", date)
		}
		var other unratedCDRsResponse
		e.decode(e.as(e.other, http.MethodGet, unratedCDRPath+"?date="+date, ""), "other", http.StatusOK, &other)
		if other.TotalCount != 0 {
			t.Errorf("%s: the other client sees %d records", date, other.TotalCount)
		}
	}
	for _, n := range append(slices.Clone(active), "+441611234567") {
		if seen[n] == 0 {
			t.Errorf("no records for %s in 10 days", n)
		}
	}

	// The number filter.
	total, filtered := 0, 0
	for d := now.AddDate(0, 0, -10); !d.After(now); d = d.AddDate(0, 0, 1) {
		total += e.unrated("date=" + day(d)).TotalCount
		page := e.unrated(query("date", day(d), "number", active[1]))
		for _, c := range page.Records {
			if c.RoutingNumber != active[1] {
				t.Errorf("filtered record of %s", c.RoutingNumber)
			}
		}
		filtered += page.TotalCount
	}
	if filtered != seen[active[1]] || total != seen[active[0]]+seen[active[1]]+seen[active[2]]+seen["+441611234567"] {
		t.Errorf("filtered %d (want %d), total %d", filtered, seen[active[1]], total)
	}
}

func TestUnratedCDRPagination(t *testing.T) {
	e := newEnv(t)
	e.activated("page", 0, 6, "Acme")
	e.clock.Advance(3 * 24 * time.Hour)
	date := day(e.clock.Now().AddDate(0, 0, -1))
	all := e.unrated("date=" + date)
	if all.TotalCount < 5 {
		t.Fatalf("only %d records on %s", all.TotalCount, date)
	}
	var paged []cdr
	for offset := 0; offset < all.TotalCount+2; offset += 2 {
		page := e.unrated(query("date", date, "offset", itoa(offset), "limit", "2"))
		if page.TotalCount != all.TotalCount || page.Limit != 2 || page.Offset != offset || len(page.Records) > 2 {
			t.Fatalf("page at %d: %+v", offset, page)
		}
		paged = append(paged, page.Records...)
	}
	if len(paged) != len(all.Records) {
		t.Fatalf("%d paged records, want %d", len(paged), len(all.Records))
	}
	for i := range paged {
		if paged[i].RecordID != all.Records[i].RecordID {
			t.Errorf("record %d: %s, want %s", i, paged[i].RecordID, all.Records[i].RecordID)
		}
	}
	if page := e.unrated(query("date", date, "limit", "500")); page.Limit != 500 || len(page.Records) != all.TotalCount {
		t.Errorf("limit 500: %d records", len(page.Records))
	}
	for _, q := range []string{query("date", date, "limit", "501"), query("date", date, "limit", "0"), query("date", date, "offset", "-1")} {
		wantRow(t, e.call(http.MethodGet, unratedCDRPath+"?"+q, ""), "400/105")
	}
}

// The window is today (up to now) and the 89 days before.
func TestUnratedCDRWindow(t *testing.T) {
	e := newEnv(t)
	e.activated("win", 0, 8, "Acme")
	first := day(e.clock.Now())
	e.clock.Advance(89 * 24 * time.Hour)
	if got := e.unrated("date=" + first); got.TotalCount == 0 {
		t.Errorf("no records on %s, 89 days ago", first)
	}
	e.clock.Advance(24 * time.Hour)
	now := e.clock.Now()
	for _, q := range []string{
		"date=" + first,                        // 90 days ago
		"date=" + day(now.AddDate(0, 0, 1)),    // tomorrow
		"", "date=2026-3-1", "date=01/03/2026", // missing, malformed
	} {
		wantRow(t, e.call(http.MethodGet, unratedCDRPath+"?"+q, ""), "400/130")
	}
	wantRow(t, e.call(http.MethodGet, unratedCDRPath+"?"+query("date", day(now), "number", "0207"), ""), "400/104")

	// Today: only calls that ended by now; more appear as time passes.
	e.clock.Advance(-now.Sub(midnight(now)) + 6*time.Hour) // 06:00 today
	today := day(e.clock.Now())
	counts := []int{}
	for range 4 {
		page := e.unrated("date=" + today)
		for _, c := range page.Records {
			checkRecord(t, c, today, e.clock.Now())
		}
		counts = append(counts, page.TotalCount)
		e.clock.Advance(6 * time.Hour)
	}
	if !slices.IsSorted(counts) || counts[0] == counts[3] {
		t.Errorf("today's counts at 06, 12, 18, 24h: %v", counts)
	}
	if full := e.unrated("date=" + today); full.TotalCount != counts[3] {
		t.Errorf("at midnight %d, want %d", full.TotalCount, counts[3])
	}
}

// A customer update changes the end customer of later calls; a return ends
// the records.
func TestUnratedCDRsFollowUpdatesAndReturns(t *testing.T) {
	e := newEnv(t)
	numbers, _, _ := e.activated("hist", 0, 2, "Old Name")
	e.clock.Advance(5 * 24 * time.Hour)
	update := e.done(typeUpdateCustomer, activateBody("hist-upd", numbers[:1], "New Name"))
	ret := e.done(typeReturn, returnBodyFor("hist-ret", numbers[1:]))
	e.clock.Advance(5 * 24 * time.Hour)
	var before, after, returned int
	for d := e.clock.Now().AddDate(0, 0, -11); !d.After(e.clock.Now()); d = d.AddDate(0, 0, 1) {
		for _, c := range e.unrated("date=" + day(d)).Records {
			start, _ := time.Parse(time.RFC3339, c.StartTime)
			switch {
			case c.RoutingNumber == numbers[1]:
				if !start.Before(*ret.CompletedAt) {
					t.Errorf("record %s after the return at %s", c.RecordID, ret.CompletedAt)
				}
				returned++
			case start.Before(*update.CompletedAt):
				before++
				if c.EndCustomerName != "Old Name" {
					t.Errorf("%s: %q before the update", c.RecordID, c.EndCustomerName)
				}
			default:
				after++
				if c.EndCustomerName != "New Name" {
					t.Errorf("%s: %q after the update", c.RecordID, c.EndCustomerName)
				}
			}
		}
	}
	if before == 0 || after == 0 || returned == 0 {
		t.Errorf("records before/after the update: %d/%d; of the returned number: %d", before, after, returned)
	}
}

func TestRatedCDRs(t *testing.T) {
	e := newEnv(t)
	e.activated("rated", 0, 3, "Acme")
	e.portedIn("rated-port", "+441611234567", "outOfHours")
	e.clock.Advance(45 * 24 * time.Hour) // 2026-04-15
	var rated ratedCDRsResponse
	e.getJSON(ratedCDRPath+"?month=2026-03&limit=500", &rated)
	var unrated []cdr
	for d := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC); d.Month() == time.March; d = d.AddDate(0, 0, 1) {
		unrated = append(unrated, e.unrated(query("date", day(d), "limit", "500")).Records...)
	}
	if rated.TotalCount != len(unrated) || len(rated.Records) != len(unrated) || len(unrated) == 0 {
		t.Fatalf("%d rated, %d unrated records", rated.TotalCount, len(unrated))
	}
	charged := 0
	for i, r := range rated.Records {
		if r.RecordID != unrated[i].RecordID || r.EndCustomerName != unrated[i].EndCustomerName || r.Currency != "EUR" {
			t.Errorf("record %d: %+v, unrated %+v", i, r, unrated[i])
		}
		want := map[string]string{"national": "0.0100", "mobile": "0.0450", "international": "0.1200"}[r.CallType]
		if r.Direction == "inbound" {
			want = "0.0000"
		}
		if r.Rate != want {
			t.Errorf("%s: %s %s rate %s, want %s", r.RecordID, r.Direction, r.CallType, r.Rate, want)
		}
		perMinute := map[string]int{"0.0000": 0, "0.0100": 100, "0.0450": 450, "0.1200": 1200}[r.Rate]
		if got := decimal4((perMinute*r.ChargeableSeconds + 30) / 60); r.Charge != got {
			t.Errorf("%s: charge %s, want %s", r.RecordID, r.Charge, got)
		}
		if r.Charge != "0.0000" {
			charged++
		}
	}
	if charged == 0 {
		t.Error("nothing charged")
	}
	keys := recordKeys(t, e.call(http.MethodGet, ratedCDRPath+"?month=2026-03&limit=1", "").body)
	if len(keys) != 1 || !slices.Equal(keys[0], append(recordFields(), "rate", "charge", "currency")) {
		t.Errorf("rated record fields %v", keys)
	}
	var page ratedCDRsResponse
	e.getJSON(ratedCDRPath+"?month=2026-03&offset=2&limit=3&number=%2B441611234567", &page)
	for _, r := range page.Records {
		if r.RoutingNumber != "+441611234567" {
			t.Errorf("filtered %s", r.RoutingNumber)
		}
	}
	e.getJSON(ratedCDRPath+"?month=2026-01", &page)
	if page.TotalCount != 0 || page.Records == nil {
		t.Errorf("January: %+v", page)
	}
	for _, q := range []string{"month=2026-04", "month=2026-05", "month=2025-12", "", "month=2026-3", "month=March"} {
		wantRow(t, e.call(http.MethodGet, ratedCDRPath+"?"+q, ""), "400/131")
	}
	wantRow(t, e.call(http.MethodGet, ratedCDRPath+"?month=2026-03&limit=501", ""), "400/105")
	wantRow(t, e.call(http.MethodGet, ratedCDRPath+"?month=2026-03&number=441611234567", ""), "400/104")
}
