package api

import (
	"net/http"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"
)

// The checks have teeth for the new operations too: answers and requests
// that drift from the document are rejected, valid ones pass.
func TestValidationRejectsVoiceDrift(t *testing.T) {
	router := routerFor(t, "http://"+routedHost)
	input := func(method, target, body string) *openapi3filter.RequestValidationInput {
		return driftInput(t, router, method, target, body)
	}
	validateIn := input(http.MethodPost, validateAddressPath, `{"country":"DE","houseNumber":"1","streetName":"Unter den Linden","city":"Berlin","postalCode":"10117"}`)
	addressIn := input(http.MethodGet, addressPrefix+"ADDR-DE-1A2B3C4D", "")
	lacIn := input(http.MethodGet, lacPath+"?country=DE&latitude=52.5&longitude=13.4", "")
	vatIn := input(http.MethodPost, vatPath, `{"countryCode":"ES","vatNumber":"B12345678","companyName":"Cliente Ejemplo SL"}`)
	unratedIn := input(http.MethodGet, unratedCDRPath+"?date=2026-03-02", "")
	ratedIn := input(http.MethodGet, ratedCDRPath+"?month=2026-03", "")
	requestIn := input(http.MethodPost, consolidatedCreatePath, `{"fromDate":"2026-03-01","toDate":"2026-03-02"}`)
	fileIn := input(http.MethodGet, consolidatedPrefix+"CDRREQ-0001", "")
	reportIn := input(http.MethodGet, nonUsagePath+"?month=2026-03", "")
	filesIn := input(http.MethodGet, reportFilesPath+"?month=2026-03", "")

	const (
		addr       = `{"addressId":"ADDR-DE-1A2B3C4D","country":"DE","houseNumber":"1","streetName":"Unter den Linden","city":"Berlin","postalCode":"10117","formatted":"Unter den Linden 1, 10117 Berlin, DE","latitude":52.517,"longitude":13.3888}`
		suggestion = `{"country":"GB","houseNumber":"10","streetName":"Downing Street","city":"London","postalCode":"SW1A 2AA","formatted":"Downing Street 10, SW1A 2AA London, GB"}`
		record     = `{"recordId":"CDR-20260302-442071230000-01","callDate":"2026-03-02","startTime":"2026-03-02T08:00:00Z","endTime":"2026-03-02T08:01:40Z","durationSeconds":100,"callingNumber":"+442071230000","calledNumber":"+447712345678","direction":"outbound","callType":"mobile","originCountry":"GB","destinationCountry":"GB","trunkGroupId":"TG-0A1B2C3D","customerReference":"r","orderId":"ORD-00000001","endCustomerName":"Acme","chargeableSeconds":100,"releaseCause":"16","routingNumber":"+442071230000"}`
		rating     = `,"rate":"0.0450","charge":"0.0750","currency":"EUR"}`
		line       = "CDR-20260302-442071230000-01;2026-03-02;2026-03-02T08:00:00Z;2026-03-02T08:01:40Z;100;+442071230000;+447712345678;outbound;mobile;GB;GB;TG-0A1B2C3D;r;ORD-00000001;Acme;100;16;+442071230000;\n"
		charge     = `{"chargeId":"CHG-ORD-00000002-001","chargeType":"outOfHoursPortIn","number":"+441611234567","orderId":"ORD-00000002","chargeDate":"2026-03-01","amount":"20.00","description":"d"}`
		vat        = `{"countryCode":"ES","vatNumber":"B12345678","valid":true,"registeredName":"Cliente Ejemplo SL","registeredAddress":"a","nameMatches":true,"checkedAt":"2026-03-01T12:00:00Z"}`
		pending    = `{"requestId":"CDRREQ-0001","status":"Pending"}`
	)
	rated := replaceOnce(t, record, "}", rating)
	jsonH := http.Header{"Content-Type": {"application/json"}}
	csvH := http.Header{"Content-Type": {"text/csv; charset=utf-8"}}

	type answer struct {
		name   string
		in     *openapi3filter.RequestValidationInput
		status int
		header http.Header
		body   string
	}
	for _, tc := range []answer{
		{"valid address", validateIn, 200, jsonH, `{"result":"Valid","address":` + addr + `}`},
		{"suggestions", validateIn, 200, jsonH, `{"result":"Suggestions","suggestions":[` + suggestion + `],"fieldErrors":[{"field":"postalCode","message":"m"}]}`},
		{"invalid", validateIn, 200, jsonH, `{"result":"Invalid","fieldErrors":[{"field":"streetName","message":"m"}]}`},
		{"stored address", addressIn, 200, jsonH, addr},
		{"LAC", lacIn, 200, jsonH, `{"validLAC":["30","89"],"localAreaCode":"30","country":"DE"}`},
		{"VAT", vatIn, 200, jsonH, vat},
		{"VAT not valid", vatIn, 200, jsonH, `{"countryCode":"GB","vatNumber":"1","valid":false,"checkedAt":"2026-03-01T12:00:00Z"}`},
		{"unrated", unratedIn, 200, jsonH, `{"records":[` + record + `],"offset":0,"limit":100,"totalCount":1}`},
		{"rated", ratedIn, 200, jsonH, `{"records":[` + rated + `],"offset":0,"limit":500,"totalCount":1}`},
		{"request accepted", requestIn, 202, jsonH, pending},
		{"pending", fileIn, 200, jsonH, pending},
		{"file", fileIn, 200, csvH, line + line},
		{"file with a quoted separator", fileIn, 200, csvH, replaceOnce(t, line, ";Acme;", `;"Acme; ""Best"" Ltd";`)},
		{"file with a marker in field 19", fileIn, 200, csvH, replaceOnce(t, line, ";\n", ";EOR\n")},
		{"empty file", fileIn, 200, csvH, ``},
		{"report", reportIn, 200, jsonH, `{"month":"2026-03","currency":"EUR","charges":[` + charge + `],"total":"20.00"}`},
		{"report files", filesIn, 200, jsonH, `{"month":"2026-03","files":[{"fileName":"nonusage-2026-03.r.cat","month":"2026-03","size":120}]}`},
		{"404/132", fileIn, 404, jsonH, `{"status":404,"code":"132","reason":"Not found","message":"m","details":""}`},
	} {
		if _, err := validateResponse(t, tc.in, tc.status, tc.header, []byte(tc.body)); err != nil {
			t.Errorf("%s: a valid answer was rejected: %v", tc.name, err)
		}
	}
	for _, tc := range []answer{
		{"valid with suggestions", validateIn, 200, jsonH, `{"result":"Valid","address":` + addr + `,"suggestions":[` + suggestion + `]}`},
		{"valid without address", validateIn, 200, jsonH, `{"result":"Valid"}`},
		{"suggestions without fieldErrors", validateIn, 200, jsonH, `{"result":"Suggestions","suggestions":[` + suggestion + `]}`},
		{"suggestion with addressId", validateIn, 200, jsonH, `{"result":"Suggestions","suggestions":[` + addr + `],"fieldErrors":[{"field":"city","message":"m"}]}`},
		{"result unknown", validateIn, 200, jsonH, `{"result":"Maybe","fieldErrors":[{"field":"city","message":"m"}]}`},
		{"address without addressId", addressIn, 200, jsonH, replaceOnce(t, addr, `"addressId":"ADDR-DE-1A2B3C4D",`, ``)},
		{"latitude a string", addressIn, 200, jsonH, replaceOnce(t, addr, `52.517`, `"52.517"`)},
		{"validLAC empty", lacIn, 200, jsonH, `{"validLAC":[],"localAreaCode":"30","country":"DE"}`},
		{"LAC renamed", lacIn, 200, jsonH, `{"lac":["30"],"localAreaCode":"30","country":"DE"}`},
		{"valid a string", vatIn, 200, jsonH, replaceOnce(t, vat, `"valid":true`, `"valid":"yes"`)},
		{"checkedAt missing", vatIn, 200, jsonH, replaceOnce(t, vat, `,"checkedAt":"2026-03-01T12:00:00Z"`, ``)},
		{"record without a field", unratedIn, 200, jsonH, `{"records":[` + replaceOnce(t, record, `"releaseCause":"16",`, ``) + `],"offset":0,"limit":100,"totalCount":1}`},
		{"record with field 19", unratedIn, 200, jsonH, `{"records":[` + replaceOnce(t, record, `}`, `,"endOfRecord":""}`) + `],"offset":0,"limit":100,"totalCount":1}`},
		{"record with a 20th field", unratedIn, 200, jsonH, `{"records":[` + replaceOnce(t, record, `}`, `,"cost":"1"}`) + `],"offset":0,"limit":100,"totalCount":1}`},
		{"direction unknown", unratedIn, 200, jsonH, `{"records":[` + replaceOnce(t, record, `"outbound"`, `"sideways"`) + `],"offset":0,"limit":100,"totalCount":1}`},
		{"calledNumber not E.164", unratedIn, 200, jsonH, `{"records":[` + replaceOnce(t, record, `"+447712345678"`, `"07712345678"`) + `],"offset":0,"limit":100,"totalCount":1}`},
		{"limit 1000", unratedIn, 200, jsonH, `{"records":[],"offset":0,"limit":1000,"totalCount":0}`},
		{"rated without currency", ratedIn, 200, jsonH, `{"records":[` + replaceOnce(t, rated, `,"currency":"EUR"`, ``) + `],"offset":0,"limit":100,"totalCount":1}`},
		{"charge with 2 places", ratedIn, 200, jsonH, `{"records":[` + replaceOnce(t, rated, `"0.0750"`, `"0.07"`) + `],"offset":0,"limit":100,"totalCount":1}`},
		{"request answered 200", requestIn, 200, jsonH, pending},
		{"request status Done", requestIn, 202, jsonH, replaceOnce(t, pending, "Pending", "Done")},
		{"file with 18 fields", fileIn, 200, csvH, replaceOnce(t, line, ";16;", ";")},
		{"file without field 19", fileIn, 200, csvH, replaceOnce(t, line, ";\n", "\n")},
		{"file with an unquoted separator", fileIn, 200, csvH, replaceOnce(t, line, ";Acme;", ";Acme; Ltd;")},
		{"file with a stray quote", fileIn, 200, csvH, replaceOnce(t, line, ";Acme;", `;Acme "Best";`)},
		{"file with a line feed in a value", fileIn, 200, csvH, replaceOnce(t, line, ";Acme;", ";\"Acme\nLtd\";")},
		{"file with 20 fields", fileIn, 200, csvH, replaceOnce(t, line, "\n", ";x\n")},
		{"file without the last line feed", fileIn, 200, csvH, line + strings.TrimSuffix(line, "\n")},
		{"file with CRLF", fileIn, 200, csvH, replaceOnce(t, line, "\n", "\r\n")},
		{"file with a header", fileIn, 200, csvH, "recordId;callDate\n" + line},
		{"file as text/plain", fileIn, 200, http.Header{"Content-Type": {"text/plain"}}, line},
		{"file comma-separated", fileIn, 200, csvH, strings.ReplaceAll(line, ";", ",")},
		{"amount with 1 place", reportIn, 200, jsonH, `{"month":"2026-03","currency":"EUR","charges":[` + replaceOnce(t, charge, `"20.00"`, `"20.0"`) + `],"total":"20.00"}`},
		{"chargeType unknown", reportIn, 200, jsonH, `{"month":"2026-03","currency":"EUR","charges":[` + replaceOnce(t, charge, `"outOfHoursPortIn"`, `"nightFee"`) + `],"total":"20.00"}`},
		{"report without total", reportIn, 200, jsonH, `{"month":"2026-03","currency":"EUR","charges":[]}`},
		{"report file not .r.cat", filesIn, 200, jsonH, `{"month":"2026-03","files":[{"fileName":"nonusage-2026-03.csv","month":"2026-03","size":120}]}`},
		{"report files without month", filesIn, 200, jsonH, `{"files":[]}`},
		{"row of another operation", fileIn, 404, jsonH, `{"status":404,"code":"112","reason":"Not found","message":"m","details":""}`},
	} {
		if _, err := validateResponse(t, tc.in, tc.status, tc.header, []byte(tc.body)); err == nil {
			t.Errorf("%s: a drifted answer passed validation", tc.name)
		}
	}

	valid := []driftRequest{
		{"validate FR", http.MethodPost, validateAddressPath, `{"country":"FR","houseNumber":"1","streetName":"Rivoli","streetType":"Rue","poBoxNumber":"BP 7","city":"Paris","postalCode":"75001"}`},
		{"LAC by city", http.MethodGet, lacPath + "?country=GB&city=London", ""},
		{"VAT without name", http.MethodPost, vatPath, `{"countryCode":"PT","vatNumber":"509999999"}`},
		{"unrated page", http.MethodGet, unratedCDRPath + "?date=2026-03-02&number=%2B442071230000&offset=5&limit=500", ""},
		{"consolidated for a number", http.MethodPost, consolidatedCreatePath, `{"fromDate":"2026-03-01","toDate":"2026-03-31","number":"+442071230000"}`},
		{"report", http.MethodGet, nonUsagePath + "?month=2026-03", ""},
	}
	drifted := []driftRequest{
		{"validate with an unknown field", http.MethodPost, validateAddressPath, `{"country":"DE","houseNumber":"1","streetName":"s","city":"c","postalCode":"p","colour":"red"}`},
		{"validate without streetName", http.MethodPost, validateAddressPath, `{"country":"DE","houseNumber":"1","city":"c","postalCode":"p"}`},
		{"validate in the US", http.MethodPost, validateAddressPath, `{"country":"US","houseNumber":"1","streetName":"s","city":"c","postalCode":"p"}`},
		{"LAC without country", http.MethodGet, lacPath + "?city=London", ""},
		{"LAC latitude 95", http.MethodGet, lacPath + "?country=DE&latitude=95&longitude=13", ""},
		{"VAT without vatNumber", http.MethodPost, vatPath, `{"countryCode":"PT"}`},
		{"VAT field renamed", http.MethodPost, vatPath, `{"countryCode":"PT","vat":"509999999"}`},
		{"unrated without date", http.MethodGet, unratedCDRPath, ""},
		{"unrated limit 501", http.MethodGet, unratedCDRPath + "?date=2026-03-02&limit=501", ""},
		{"unrated number not E.164", http.MethodGet, unratedCDRPath + "?date=2026-03-02&number=0207", ""},
		{"rated month 2026-13", http.MethodGet, ratedCDRPath + "?month=2026-13", ""},
		{"consolidated without toDate", http.MethodPost, consolidatedCreatePath, `{"fromDate":"2026-03-01"}`},
		{"consolidated date not a date", http.MethodPost, consolidatedCreatePath, `{"fromDate":"yesterday","toDate":"2026-03-01"}`},
		{"report without month", http.MethodGet, nonUsagePath, ""},
	}
	checkRequests(t, router, valid, drifted)
}
