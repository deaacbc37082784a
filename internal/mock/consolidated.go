package mock

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"
)

const (
	cdrRequestPending = "Pending"
	csvMediaType      = "text/csv; charset=utf-8"
)

type consolidatedBody struct {
	FromDate *string `json:"fromDate"`
	ToDate   *string `json:"toDate"`
	Number   string  `json:"number,omitempty"`
}

type consolidatedStatus struct {
	RequestID string `json:"requestId"`
	Status    string `json:"status"`
}

// serveConsolidatedRequest answers POST
// /usageManagement/generateConsolidatedUnratedCallDetailRecord: the
// file of the range's unrated records (as of now) is made at once and can
// be downloaded one order delay later.
func (s *Server) serveConsolidatedRequest(w http.ResponseWriter, r *http.Request) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	var body consolidatedBody
	if e := readJSONBody(w, r, &body); e != nil {
		writeError(w, *e)
		return
	}
	q, e := s.consolidatedQuery(body)
	if e != nil {
		writeError(w, *e)
		return
	}
	s.mu.Lock()
	s.advance(q.now)
	csv := cdrCSV(s.state.cdrs(client, q))
	v := &s.voice
	if v.requests == nil {
		v.requests = map[string]*cdrRequest{}
	}
	v.cdrSeq++
	req := &cdrRequest{id: fmt.Sprintf("CDRREQ-%04d", v.cdrSeq), client: client, readyAt: q.now.Add(s.currentOrderDelay()), csv: csv}
	v.requests[req.id] = req
	s.mu.Unlock()
	writeJSON(w, http.StatusAccepted, consolidatedStatus{RequestID: req.id, Status: cdrRequestPending})
}

// consolidatedQuery checks the body: fromDate and toDate are required
// (400/100), days of the 90-day window, in order and at most 31 days
// apart (400/130); number, when set, is E.164 (400/104).
func (s *Server) consolidatedQuery(b consolidatedBody) (cdrQuery, *apiError) {
	switch {
	case b.FromDate == nil:
		return cdrQuery{}, fail(errBadBody, "missing required field fromDate")
	case b.ToDate == nil:
		return cdrQuery{}, fail(errBadBody, "missing required field toDate")
	}
	now := s.currentTime()
	from, e := parseCDRDay("fromDate", *b.FromDate, now)
	if e != nil {
		return cdrQuery{}, e
	}
	to, e := parseCDRDay("toDate", *b.ToDate, now)
	if e != nil {
		return cdrQuery{}, e
	}
	if to.Before(from) {
		return cdrQuery{}, fail(errCDRDate, "fromDate %s is after toDate %s", *b.FromDate, *b.ToDate)
	}
	if days := int(to.Sub(from).Hours()/24) + 1; days > maxConsolidatedDays {
		return cdrQuery{}, fail(errCDRDate, "%d days requested; one request covers at most %d", days, maxConsolidatedDays)
	}
	if b.Number != "" && !e164.MatchString(b.Number) {
		return cdrQuery{}, fail(errBadNumber, "number must be an E.164 number, got %q", truncate(b.Number, 20))
	}
	return cdrQuery{first: from, last: to, now: now, number: b.Number}, nil
}

// serveConsolidated answers GET
// /usageManagement/consolidatedUnratedCallDetailRecord/{requestId}:
// the Pending status as JSON until the file is ready, then the file.
// Another client's request is not found, like an unknown one.
func (s *Server) serveConsolidated(w http.ResponseWriter, r *http.Request, id string) {
	client, ok := s.authorize(w, r)
	if !ok {
		return
	}
	now := s.currentTime()
	s.mu.Lock()
	req := s.voice.requests[id]
	s.mu.Unlock()
	switch {
	case req == nil || req.client != client:
		writeError(w, errCDRRequestNotFound.withDetails("no request "+truncate(id, 32)))
	case now.Before(req.readyAt):
		writeJSON(w, http.StatusOK, consolidatedStatus{RequestID: req.id, Status: cdrRequestPending})
	default:
		w.Header().Set("Content-Type", csvMediaType)
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", req.id+".csv"))
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(req.csv)
	}
}

// oneLine keeps a record on its line: line breaks inside a value become
// spaces. The separator and quotes are quoted by the CSV writer instead.
var oneLine = strings.NewReplacer("\r", " ", "\n", " ")

// cdrCSV is the consolidated file: one record per line, the 19 fields
// separated by ';' in wire order (field 19 the end-of-record marker), each
// record ended by a line feed, no header. A value holding ';' or '"' is
// quoted as in RFC 4180.
func cdrCSV(records []cdr) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = ';'
	for i := range records {
		values := records[i].values()
		for j, v := range values {
			values[j] = oneLine.Replace(v)
		}
		_ = w.Write(values) // a bytes.Buffer does not fail
	}
	w.Flush()
	return b.Bytes()
}
