package api

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const (
	validateAddressPath    = "/addressManagement/v1/validateAddress"
	addressPrefix          = "/addressManagement/v1/address/"
	addressByIDPath        = addressPrefix + "{addressID}"
	lacPath                = "/addressManagement/v1/LACByLocation"
	vatPath                = "/common-services/v1/check-vat-number"
	unratedCDRPath         = "/usageManagement/unratedCallDetailRecord"
	ratedCDRPath           = "/usageManagement/ratedCallDetailRecord"
	consolidatedCreatePath = "/usageManagement/generateConsolidatedUnratedCallDetailRecord"
	consolidatedPrefix     = "/usageManagement/consolidatedUnratedCallDetailRecord/"
	consolidatedByIDPath   = consolidatedPrefix + "{requestId}"
	nonUsagePath           = "/usageManagement/nonUsageReport"
	reportFilesPath        = nonUsagePath + "/files"
	reportFilePrefix       = reportFilesPath + "/"
	reportFileByNamePath   = reportFilePrefix + "{fileName}"
)

// voicePaths are the Address Management, VAT validation and Voice Billing
// paths of colt.yaml, as templates, with the method of each.
func voicePaths() []string { return slices.Sorted(maps.Keys(voiceMethods)) }

var voiceMethods = map[string]string{
	validateAddressPath: http.MethodPost, addressByIDPath: http.MethodGet, lacPath: http.MethodGet,
	vatPath: http.MethodPost, unratedCDRPath: http.MethodGet, ratedCDRPath: http.MethodGet,
	consolidatedCreatePath: http.MethodPost, consolidatedByIDPath: http.MethodGet, nonUsagePath: http.MethodGet,
	reportFilesPath: http.MethodGet, reportFileByNamePath: http.MethodGet,
}

// The consolidated file is validated as the raw text it is: kin-openapi's
// own text/csv decoder re-reads it as comma-separated CSV (and rejects
// bare quotes), so this decoder hands the body to the schema unchanged and
// ConsolidatedCDRFile's pattern checks the format.
func init() {
	openapi3filter.RegisterBodyDecoder("text/csv", func(body io.Reader, _ http.Header, _ *openapi3.SchemaRef, _ openapi3filter.EncodingFn) (any, error) {
		b, err := io.ReadAll(body)
		return string(b), err
	})
}

// parseCDRFile parses a consolidated file strictly: records of 19
// ';'-separated fields (RFC 4180 quoting, no stray quotes), one per line,
// each ended by a line feed.
func parseCDRFile(body string) ([][]string, error) {
	if body == "" {
		return nil, nil
	}
	if !strings.HasSuffix(body, "\n") || strings.Contains(body, "\r") {
		return nil, fmt.Errorf("records must end with a line feed, without carriage returns")
	}
	r := csv.NewReader(strings.NewReader(body))
	r.Comma, r.FieldsPerRecord = ';', 19
	out, err := r.ReadAll()
	if err == nil && strings.Count(body, "\n") != len(out) {
		err = fmt.Errorf("%d lines hold %d records", strings.Count(body, "\n"), len(out))
	}
	return out, err
}

// get sends a GET and returns status, Content-Type and body.
func (e *numberEnv) get(path string) (int, string, []byte) {
	e.t.Helper()
	resp, err := http.DefaultClient.Do(e.request(http.MethodGet, path, ""))
	if err != nil {
		e.t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

func jsonBody(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func withField(m map[string]string, k, v string) map[string]string {
	out := map[string]string{k: v}
	for key, val := range m {
		if key != k {
			out[key] = val
		}
	}
	return out
}

// (a) Every new operation's successful answers match the document, and so
// do the raw requests producing them; the consolidated file's status,
// content type and format too.
func TestMockVoiceFollowsSpec(t *testing.T) {
	e := newNumberEnv(t, true)

	// Address Management.
	var valid struct {
		Result  string `json:"result"`
		Address struct {
			AddressID string `json:"addressId"`
		} `json:"address"`
	}
	for _, code := range []string{"DE", "GB", "FR", "IT", "ES", "PT", "BE", "SK"} {
		e.call(http.MethodPost, validateAddressPath, jsonBody(mock.KnownAddress(code)), http.StatusOK, &valid)
		if valid.Result != "Valid" {
			t.Fatalf("%s: %+v", code, valid)
		}
		e.call(http.MethodGet, addressPrefix+valid.Address.AddressID, "", http.StatusOK, nil)
	}
	e.call(http.MethodPost, validateAddressPath, jsonBody(withField(mock.KnownAddress("BE"), "addressExtension", "Bus 4")), http.StatusOK, nil)
	e.call(http.MethodPost, validateAddressPath, jsonBody(withField(mock.KnownAddress("FR"), "poBoxNumber", "BP 7")), http.StatusOK, nil)
	var other struct {
		Result string `json:"result"`
	}
	e.call(http.MethodPost, validateAddressPath, jsonBody(withField(mock.KnownAddress("DE"), "postalCode", "10115")), http.StatusOK, &other)
	if other.Result != "Suggestions" {
		t.Errorf("wrong postal code: %s", other.Result)
	}
	e.call(http.MethodPost, validateAddressPath, jsonBody(withField(mock.KnownAddress("GB"), "streetName", "Nowhere Lane")), http.StatusOK, &other)
	if other.Result != "Invalid" {
		t.Errorf("unknown street: %s", other.Result)
	}
	lat, lon, _ := mock.KnownCoordinates("DE")
	for _, q := range []url.Values{
		{"country": {"DE"}, "latitude": {fmt.Sprint(lat)}, "longitude": {fmt.Sprint(lon)}},
		{"country": {"GB"}, "postalCode": {mock.KnownAddress("GB")["postalCode"]}},
		{"country": {"FR"}, "city": {"Paris"}},
	} {
		e.call(http.MethodGet, lacPath+"?"+q.Encode(), "", http.StatusOK, nil)
	}

	// VAT validation.
	es, esName, _ := mock.ValidVAT("ES")
	pt, _, _ := mock.ValidVAT("PT")
	for _, body := range []string{
		fmt.Sprintf(`{"countryCode":"ES","vatNumber":%q,"companyName":%q}`, es, esName),
		fmt.Sprintf(`{"countryCode":"PT","vatNumber":"PT%s"}`, pt),
		`{"countryCode":"GB","vatNumber":"GB 999 9999 73","companyName":"Someone"}`,
	} {
		e.call(http.MethodPost, vatPath, body, http.StatusOK, nil)
	}

	// Billing, from a history: three activated numbers, an out-of-hours
	// port-in, a return, 40 days.
	e.complete(e.place("reservation", `{"customerReference":"bill","countryCode":"GB","numbers":`+gbNumbers(0, 3)+`}`, http.StatusCreated))
	e.complete(e.place("activation", `{"customerReference":"bill-act","numbers":`+gbNumbers(0, 3)+`,"endCustomer":{"name":"Acme Ltd"}}`, http.StatusCreated))
	e.complete(e.place("portIn", `{"customerReference":"bill-port","countryCode":"GB","numbers":["+441611234567"],"losingCarrier":"OldCo",`+
		`"requestedDate":"2026-03-01","requestedWindow":"outOfHours","endCustomer":{"name":"Acme Ltd"}}`, http.StatusCreated))
	e.clock.Advance(20 * 24 * time.Hour)
	e.token = accessToken(t, e.ts.URL) // tokens live at most a day
	e.complete(e.place("return", `{"customerReference":"bill-ret","numbers":`+gbNumbers(2, 1)+`}`, http.StatusCreated))
	e.clock.Advance(20 * 24 * time.Hour) // 2026-04-10
	e.token = accessToken(t, e.ts.URL)
	now := e.clock.Now()

	var unrated struct {
		TotalCount int `json:"totalCount"`
	}
	total := 0
	for d := 0; d <= 40; d++ {
		e.call(http.MethodGet, unratedCDRPath+"?date="+now.AddDate(0, 0, -d).Format(time.DateOnly), "", http.StatusOK, &unrated)
		total += unrated.TotalCount
	}
	if total == 0 {
		t.Fatal("no unrated records")
	}
	e.call(http.MethodGet, unratedCDRPath+"?date=2026-03-05&number=%2B442071230001&offset=1&limit=500", "", http.StatusOK, nil)
	e.call(http.MethodGet, ratedCDRPath+"?month=2026-03&limit=500", "", http.StatusOK, nil)
	e.call(http.MethodGet, ratedCDRPath+"?month=2026-02&number=%2B441611234567", "", http.StatusOK, nil)
	e.call(http.MethodGet, nonUsagePath+"?month=2026-03", "", http.StatusOK, nil)
	e.call(http.MethodGet, nonUsagePath+"?month=2026-04", "", http.StatusOK, nil)
	var files struct {
		Files []struct {
			FileName string `json:"fileName"`
		} `json:"files"`
	}
	e.call(http.MethodGet, reportFilesPath+"?month=2026-02", "", http.StatusOK, nil)
	e.call(http.MethodGet, reportFilesPath+"?month=2026-03", "", http.StatusOK, &files)
	if len(files.Files) != 1 {
		t.Fatalf("report files %+v", files)
	}
	if status, contentType, body := e.get(reportFilePrefix + files.Files[0].FileName); status != http.StatusOK ||
		contentType != "application/octet-stream" || len(body) == 0 {
		t.Errorf("report file: %d %s %q", status, contentType, body)
	}

	var req struct {
		RequestID string `json:"requestId"`
		Status    string `json:"status"`
	}
	from := now.AddDate(0, 0, -30).Format(time.DateOnly)
	e.call(http.MethodPost, consolidatedCreatePath, `{"fromDate":"`+from+`","toDate":"`+now.Format(time.DateOnly)+`"}`, http.StatusAccepted, &req)
	status, contentType, body := e.get(consolidatedPrefix + req.RequestID)
	if status != http.StatusOK || contentType != "application/json" || !strings.Contains(string(body), `"Pending"`) {
		t.Errorf("before: %d %s %s", status, contentType, body)
	}
	e.clock.Advance(orderDelay)
	status, contentType, body = e.get(consolidatedPrefix + req.RequestID)
	if status != http.StatusOK || !strings.HasPrefix(contentType, "text/csv") {
		t.Fatalf("download: %d %s", status, contentType)
	}
	lines, err := parseCDRFile(string(body))
	if err != nil || len(lines) == 0 {
		t.Fatalf("file: %v (%d lines)", err, len(lines))
	}
	var empty struct {
		RequestID string `json:"requestId"`
	}
	e.call(http.MethodPost, consolidatedCreatePath, `{"fromDate":"2026-01-11","toDate":"2026-01-11","number":"+442071230000"}`, http.StatusAccepted, &empty)
	e.clock.Advance(orderDelay)
	if status, _, body := e.get(consolidatedPrefix + empty.RequestID); status != http.StatusOK || len(body) != 0 {
		t.Errorf("empty file: %d %q", status, body)
	}

	seen := strings.Join(e.h.seen(), "\n")
	for _, path := range voicePaths() {
		want := []int{http.StatusOK}
		if path == consolidatedCreatePath {
			want = []int{http.StatusAccepted}
		}
		for _, status := range want {
			if exchange := fmt.Sprintf("%s %s %d", voiceMethods[path], path, status); !strings.Contains(seen, exchange) {
				t.Errorf("no exchange %q", exchange)
			}
		}
	}
}

// (b) Every error row of every new operation is produced by the mock and
// matches the document.
func TestMockVoiceErrorAnswersFollowSpec(t *testing.T) {
	e := newNumberEnv(t, false)
	e.clock.Advance(40 * 24 * time.Hour) // 2026-04-10
	e.token = accessToken(t, e.ts.URL)
	var valid struct {
		Address struct {
			AddressID string `json:"addressId"`
		} `json:"address"`
	}
	e.call(http.MethodPost, validateAddressPath, jsonBody(mock.KnownAddress("GB")), http.StatusOK, &valid)
	var req struct {
		RequestID string `json:"requestId"`
	}
	e.call(http.MethodPost, consolidatedCreatePath, `{"fromDate":"2026-04-01","toDate":"2026-04-10"}`, http.StatusAccepted, &req)

	common := bearerErrorCases()
	gb := mock.KnownAddress("GB")
	cases := map[string][]errorCase{
		validateAddressPath: {
			{name: "malformed JSON", modify: withBody(`{"country":`), row: "400/100"},
			{name: "value not a string", modify: withBody(`{"country":"GB","houseNumber":10}`), row: "400/100"},
			{name: "country UK", modify: withBody(jsonBody(withField(gb, "country", "UK"))), row: "400/101"},
			{name: "FR without streetType", modify: withBody(`{"country":"FR","houseNumber":"1","streetName":"Rivoli","city":"Paris","postalCode":"75001"}`), row: "400/110"},
			{name: "district in GB", modify: withBody(jsonBody(withField(gb, "district", "Westminster"))), row: "400/111"},
		},
		addressByIDPath: {
			{name: "unknown address", modify: withPath(addressPrefix + "ADDR-GB-00000000"), row: "404/112"},
		},
		lacPath: {
			{name: "country missing", modify: query("city=London"), row: "400/101"},
			{name: "Germany without coordinates", modify: query("country=DE&postalCode=10117"), row: "400/113"},
			{name: "GB without postalCode or city", modify: query("country=GB"), row: "400/113"},
			{name: "coordinates outside Germany", modify: query("country=DE&latitude=48.85&longitude=2.35"), row: "404/114"},
			{name: "unknown postal code", modify: query("country=GB&postalCode=ZZ1%201ZZ"), row: "404/114"},
		},
		vatPath: {
			{name: "vatNumber missing", modify: withBody(`{"countryCode":"PT"}`), row: "400/100"},
			{name: "country US", modify: withBody(`{"countryCode":"US","vatNumber":"123456789"}`), row: "400/101"},
			{name: "PT 8 digits", modify: withBody(`{"countryCode":"PT","vatNumber":"12345678"}`), row: "400/120"},
			{name: "Spain without companyName", modify: withBody(`{"countryCode":"ES","vatNumber":"B12345678"}`), row: "400/121"},
		},
		unratedCDRPath: {
			{name: "number not E.164", modify: query("date=2026-04-01&number=02071230000"), row: "400/104"},
			{name: "limit 501", modify: query("date=2026-04-01&limit=501"), row: "400/105"},
			{name: "91 days ago", modify: query("date=2026-01-10"), row: "400/130"},
			{name: "tomorrow", modify: query("date=2026-04-11"), row: "400/130"},
			{name: "date missing", modify: query(""), row: "400/130"},
		},
		ratedCDRPath: {
			{name: "number not E.164", modify: query("month=2026-03&number=x"), row: "400/104"},
			{name: "offset negative", modify: query("month=2026-03&offset=-1"), row: "400/105"},
			{name: "current month", modify: query("month=2026-04"), row: "400/131"},
			{name: "four months back", modify: query("month=2025-12"), row: "400/131"},
		},
		consolidatedCreatePath: {
			{name: "toDate missing", modify: withBody(`{"fromDate":"2026-04-01"}`), row: "400/100"},
			{name: "number not E.164", modify: withBody(`{"fromDate":"2026-04-01","toDate":"2026-04-02","number":"0207"}`), row: "400/104"},
			{name: "32 days", modify: withBody(`{"fromDate":"2026-03-01","toDate":"2026-04-01"}`), row: "400/130"},
			{name: "fromDate after toDate", modify: withBody(`{"fromDate":"2026-04-02","toDate":"2026-04-01"}`), row: "400/130"},
		},
		consolidatedByIDPath: {
			{name: "unknown request", modify: withPath(consolidatedPrefix + "CDRREQ-9999"), row: "404/132"},
		},
		nonUsagePath: {
			{name: "next month", modify: query("month=2026-05"), row: "400/131"},
			{name: "month missing", modify: query(""), row: "400/131"},
		},
		reportFilesPath: {
			{name: "next month", modify: query("month=2026-05"), row: "400/131"},
			{name: "month malformed", modify: query("month=April"), row: "400/131"},
		},
		reportFileByNamePath: {
			{name: "unknown file", modify: withPath(reportFilePrefix + "nonusage-2025-01.r.cat"), row: "404/133"},
		},
	}

	run := errorCaseRunner(t, e.srv, e.h)
	for _, p := range voicePaths() {
		build := func() *http.Request {
			e.token = accessToken(t, e.ts.URL)
			switch p {
			case validateAddressPath:
				return e.request(http.MethodPost, p, jsonBody(gb))
			case addressByIDPath:
				return e.request(http.MethodGet, addressPrefix+valid.Address.AddressID, "")
			case lacPath:
				return e.request(http.MethodGet, p+"?country=GB&city=London", "")
			case vatPath:
				return e.request(http.MethodPost, p, `{"countryCode":"PT","vatNumber":"509999999"}`)
			case unratedCDRPath:
				return e.request(http.MethodGet, p+"?date=2026-04-01", "")
			case ratedCDRPath:
				return e.request(http.MethodGet, p+"?month=2026-03", "")
			case consolidatedCreatePath:
				return e.request(http.MethodPost, p, `{"fromDate":"2026-04-01","toDate":"2026-04-10"}`)
			case consolidatedByIDPath:
				return e.request(http.MethodGet, consolidatedPrefix+req.RequestID, "")
			case reportFilesPath:
				return e.request(http.MethodGet, p+"?month=2026-04", "")
			case reportFileByNamePath:
				return e.request(http.MethodGet, reportFilePrefix+"nonusage-2026-04.r.cat", "")
			}
			return e.request(http.MethodGet, nonUsagePath+"?month=2026-04", "")
		}
		run(p, build, append(slices.Clone(common), cases[p]...))
	}
	checkRowsProduced(t, e.h, voicePaths()...)
}
