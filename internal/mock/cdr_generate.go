package mock

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strings"
	"time"
)

// The 19 fields of an unrated call detail record, in wire order: 18 data
// fields, then field 19, which Colt names "End of record" and follows with
// a line feed. The count, field 19 and the line feed are documented; the
// data fields' names and order, and field 19's (empty) value, are assumed.
// JSON records carry the 18 data fields.
var unratedCDRFields = []string{
	"recordId", "callDate", "startTime", "endTime", "durationSeconds", "callingNumber", "calledNumber",
	"direction", "callType", "originCountry", "destinationCountry", "trunkGroupId", "customerReference",
	"orderId", "endCustomerName", "chargeableSeconds", "releaseCause", "routingNumber", cdrEndOfRecordField,
}

const (
	cdrEndOfRecordField = "endOfRecord"
	cdrEndOfRecord      = "" // what the mock writes in field 19
)

// UnratedCDRFields returns the names of the 19 fields of an unrated call
// detail record in wire order: the column order of a consolidated file,
// whose field 19 is the end-of-record marker. The JSON records of
// GET /usageManagement/unratedCallDetailRecord carry all but field 19.
func UnratedCDRFields() []string { return slices.Clone(unratedCDRFields) }

const (
	maxCallsPerDay   = 6
	minCallSeconds   = 5
	maxCallSeconds   = 3600
	normalClearing   = "16"
	minChargeSeconds = 60
)

// cdr is an unrated call detail record.
type cdr struct {
	RecordID           string `json:"recordId"`
	CallDate           string `json:"callDate"`
	StartTime          string `json:"startTime"`
	EndTime            string `json:"endTime"`
	DurationSeconds    int    `json:"durationSeconds"`
	CallingNumber      string `json:"callingNumber"`
	CalledNumber       string `json:"calledNumber"`
	Direction          string `json:"direction"`
	CallType           string `json:"callType"`
	OriginCountry      string `json:"originCountry"`
	DestinationCountry string `json:"destinationCountry"`
	TrunkGroupID       string `json:"trunkGroupId"`
	CustomerReference  string `json:"customerReference"`
	OrderID            string `json:"orderId"`
	EndCustomerName    string `json:"endCustomerName"`
	ChargeableSeconds  int    `json:"chargeableSeconds"`
	ReleaseCause       string `json:"releaseCause"`
	RoutingNumber      string `json:"routingNumber"`

	start time.Time
}

// values are the 19 fields in wire order, as text, field 19 included.
func (c *cdr) values() []string {
	return []string{
		c.RecordID, c.CallDate, c.StartTime, c.EndTime, fmt.Sprint(c.DurationSeconds), c.CallingNumber,
		c.CalledNumber, c.Direction, c.CallType, c.OriginCountry, c.DestinationCountry, c.TrunkGroupID,
		c.CustomerReference, c.OrderID, c.EndCustomerName, fmt.Sprint(c.ChargeableSeconds),
		c.ReleaseCause, c.RoutingNumber, cdrEndOfRecord,
	}
}

// detRand is a splitmix64 stream seeded from strings: the same parts give
// the same numbers on every run and platform.
type detRand struct{ state uint64 }

func newDetRand(parts ...string) *detRand {
	h := fnv.New64a()
	for _, p := range parts {
		_, _ = h.Write([]byte(p))
		_, _ = h.Write([]byte{0})
	}
	return &detRand{state: h.Sum64()}
}

func (r *detRand) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *detRand) intn(n int) int { return int(r.next() % uint64(n)) }

// digits returns n random decimal digits.
func (r *detRand) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.intn(10))
	}
	return string(b)
}

// call is one generated call of a number on a day, before it is tied to
// the number's service span.
type call struct {
	start            time.Time
	seconds          int
	outbound         bool
	callType, remote string
	remoteCountry    string
}

// sortedCountries are the served countries, for picking international
// destinations deterministically.
var sortedCountries = func() []string {
	out := make([]string, 0, len(countries))
	for code := range countries {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
}()

// callsOn generates the calls of number (in country) on day (midnight
// UTC): 0 to 6, from a hash of number and date, by start time. Sandbox
// numbers make no emergency calls (Colt's sandbox has no emergency
// services), so callType emergency never appears.
func callsOn(number, country string, day time.Time) []call {
	r := newDetRand(number, day.Format(time.DateOnly))
	n := r.intn(maxCallsPerDay + 1)
	calls := make([]call, 0, n)
	for range n {
		c := call{seconds: minCallSeconds + r.intn(maxCallSeconds-minCallSeconds+1), outbound: r.intn(2) == 0}
		c.start = day.Add(time.Duration(r.intn(86400-c.seconds+1)) * time.Second)
		c.remoteCountry = country
		switch k := r.intn(20); {
		case k < 11:
			c.callType = "national"
		case k < 16:
			c.callType = "mobile"
		default:
			c.callType = "international"
			others := slices.DeleteFunc(slices.Clone(sortedCountries), func(code string) bool { return code == country })
			c.remoteCountry = others[r.intn(len(others))]
		}
		rc := countries[c.remoteCountry]
		if c.callType == "mobile" {
			c.remote = "+" + rc.callingCode + "7" + r.digits(rc.nsnLength-1)
		} else {
			c.remote = "+" + rc.callingCode + rc.defaultArea + r.digits(rc.nsnLength-len(rc.defaultArea))
		}
		calls = append(calls, c)
	}
	slices.SortStableFunc(calls, func(a, b call) int { return a.start.Compare(b.start) })
	return calls
}

// trunkGroup is the client's trunk group id, stable per client.
func trunkGroup(client string) string {
	h := fnv.New32a()
	_, _ = h.Write([]byte(client))
	return fmt.Sprintf("TG-%08X", h.Sum32())
}

// cdrQuery selects call records: days first..last (midnight UTC,
// inclusive), calls ended by now, of one number when number is set.
type cdrQuery struct {
	first, last time.Time
	now         time.Time
	number      string
}

// cdrs generates client's call records for the query, ordered by start
// time and record id. Only calls starting while the number was Activated
// or Port-in Activated for the client count.
func (st *numberState) cdrs(client string, q cdrQuery) []cdr {
	h := st.services[client]
	if h == nil {
		return []cdr{}
	}
	byNumber := map[string][]*serviceSpan{}
	for _, sp := range h.spans {
		if q.number == "" || sp.number == q.number {
			byNumber[sp.number] = append(byNumber[sp.number], sp)
		}
	}
	trunk := trunkGroup(client)
	out := []cdr{}
	for _, number := range slices.Sorted(maps.Keys(byNumber)) {
		spans := byNumber[number]
		for day := q.first; !day.After(q.last); day = day.AddDate(0, 0, 1) {
			if !slices.ContainsFunc(spans, func(sp *serviceSpan) bool { return sp.overlaps(day, day.AddDate(0, 0, 1)) }) {
				continue
			}
			for i, c := range callsOn(number, spans[0].country, day) {
				end := c.start.Add(time.Duration(c.seconds) * time.Second)
				if end.After(q.now) {
					continue
				}
				k := slices.IndexFunc(spans, func(sp *serviceSpan) bool { return sp.covers(c.start) })
				if k < 0 {
					continue
				}
				out = append(out, record(spans[k], trunk, c, i, end))
			}
		}
	}
	slices.SortStableFunc(out, func(a, b cdr) int {
		return cmp.Or(a.start.Compare(b.start), strings.Compare(a.RecordID, b.RecordID))
	})
	return out
}

func (sp *serviceSpan) overlaps(from, to time.Time) bool {
	return sp.from.Before(to) && (sp.to.IsZero() || sp.to.After(from))
}

// record is the call detail record of call i of the day.
func record(sp *serviceSpan, trunk string, c call, i int, end time.Time) cdr {
	r := cdr{
		RecordID:        fmt.Sprintf("CDR-%s-%s-%02d", c.start.Format("20060102"), strings.TrimPrefix(sp.number, "+"), i+1),
		CallDate:        c.start.Format(time.DateOnly),
		StartTime:       c.start.Format(time.RFC3339),
		EndTime:         end.Format(time.RFC3339),
		DurationSeconds: c.seconds, CallType: c.callType, TrunkGroupID: trunk,
		CustomerReference: sp.reference, OrderID: sp.orderID, EndCustomerName: sp.endCustomer,
		ReleaseCause: normalClearing, RoutingNumber: sp.number,
		start: c.start,
	}
	if c.outbound {
		r.Direction, r.CallingNumber, r.CalledNumber = "outbound", sp.number, c.remote
		r.OriginCountry, r.DestinationCountry = sp.country, c.remoteCountry
		r.ChargeableSeconds = max(c.seconds, minChargeSeconds)
	} else {
		r.Direction, r.CallingNumber, r.CalledNumber = "inbound", c.remote, sp.number
		r.OriginCountry, r.DestinationCountry = c.remoteCountry, sp.country
	}
	return r
}
