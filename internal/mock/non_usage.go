package mock

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// Non-usage charge types and their amounts in euro cents (the charge
// types are documented; the amounts are assumed). An out-of-hours port-in
// is charged the port-in and the out-of-hours surcharge.
const (
	chargeActivation       = "activation"
	chargePortIn           = "portIn"
	chargeOutOfHoursPortIn = "outOfHoursPortIn"
)

var chargeCents = map[string]int{chargeActivation: 150, chargePortIn: 500, chargeOutOfHoursPortIn: 2000}

type nonUsageCharge struct {
	ChargeID    string `json:"chargeId"`
	ChargeType  string `json:"chargeType"`
	Number      string `json:"number"`
	OrderID     string `json:"orderId"`
	ChargeDate  string `json:"chargeDate"`
	Amount      string `json:"amount"`
	Description string `json:"description"`
}

type nonUsageReport struct {
	Month    string           `json:"month"`
	Currency string           `json:"currency"`
	Charges  []nonUsageCharge `json:"charges"`
	Total    string           `json:"total"`
}

// serveNonUsage answers GET /usageManagement/nonUsageReport.
func (s *Server) serveNonUsage(w http.ResponseWriter, r *http.Request) {
	if report, ok := s.reportOfRequest(w, r); ok {
		writeJSON(w, http.StatusOK, report)
	}
}

// reportOfRequest authorizes r and reads its month (400/131 for a month
// the report does not cover): the client's report of that month as of
// now. It has answered r when ok is false.
func (s *Server) reportOfRequest(w http.ResponseWriter, r *http.Request) (nonUsageReport, bool) {
	client, ok := s.authorize(w, r)
	if !ok {
		return nonUsageReport{}, false
	}
	now := s.currentTime()
	month, e := parseReportMonth(r.URL.Query().Get("month"), now)
	if e != nil {
		writeError(w, *e)
		return nonUsageReport{}, false
	}
	return s.nonUsageAt(client, month, now), true
}

func (s *Server) nonUsageAt(client string, month, now time.Time) nonUsageReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.advance(now)
	return s.state.nonUsage(client, month)
}

// nonUsage is the report of client's activation and port-in orders
// completed in month (UTC): one charge per number and order (two for an
// out-of-hours port-in), by completion time and order id.
func (st *numberState) nonUsage(client string, month time.Time) nonUsageReport {
	report := nonUsageReport{Month: month.Format("2006-01"), Currency: cdrCurrency, Charges: []nonUsageCharge{}}
	var done []*order
	if cs := st.clients[client]; cs != nil {
		end := month.AddDate(0, 1, 0)
		for _, o := range cs.orders {
			t := o.view.CompletedAt
			if o.view.Status == orderCompleted && (o.view.OrderType == typeActivation || o.view.OrderType == typePortIn) &&
				!t.Before(month) && t.Before(end) {
				done = append(done, o)
			}
		}
	}
	slices.SortStableFunc(done, func(a, b *order) int {
		return cmp.Or(a.view.CompletedAt.Compare(*b.view.CompletedAt), cmp.Compare(a.seq, b.seq))
	})
	total := 0
	for _, o := range done {
		k := 0 // the order's charges so far: ids are stable per order
		for _, n := range o.view.Numbers {
			for _, kind := range chargesOf(o) {
				k++
				report.Charges = append(report.Charges, nonUsageCharge{
					ChargeID: fmt.Sprintf("CHG-%s-%03d", o.view.OrderID, k), ChargeType: kind,
					Number: n, OrderID: o.view.OrderID, ChargeDate: o.view.CompletedAt.Format(time.DateOnly),
					Amount: cents(chargeCents[kind]), Description: chargeDescription(kind, n),
				})
				total += chargeCents[kind]
			}
		}
	}
	report.Total = cents(total)
	return report
}

func chargesOf(o *order) []string {
	switch {
	case o.view.OrderType == typeActivation:
		return []string{chargeActivation}
	case o.view.RequestedWindow == "outOfHours":
		return []string{chargePortIn, chargeOutOfHoursPortIn}
	}
	return []string{chargePortIn}
}

func chargeDescription(kind, number string) string {
	switch kind {
	case chargeActivation:
		return "Activation of " + number
	case chargePortIn:
		return "Port-in of " + number
	}
	return "Out-of-hours porting surcharge for " + number
}

func cents(n int) string { return fmt.Sprintf("%d.%02d", n/100, n%100) }
