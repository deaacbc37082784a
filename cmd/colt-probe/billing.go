package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// billingBase is where Colt prints the billing resources: no /v1.
const billingBase = "/usageManagement/"

type billingCall struct {
	id, what, resource string
	query              url.Values
	list               bool
}

// checkBilling lists CDRs and the non-usage report, each at the path Colt
// prints (no /v1) and, when that answers 404, with /v1.
func (p *Probe) checkBilling(ctx context.Context) {
	now := p.now().UTC()
	thisMonth := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	calls := []billingCall{
		{"unrated-cdrs", "daily unrated CDR listing", "unratedCallDetailRecord",
			url.Values{"date": {now.AddDate(0, 0, -1).Format(time.DateOnly)}}, true},
		{"rated-cdrs", "monthly rated CDR listing", "ratedCallDetailRecord",
			url.Values{"month": {thisMonth.AddDate(0, -1, 0).Format("2006-01")}}, true},
		{"non-usage-report", "non-usage report listing", "nonUsageReport",
			url.Values{"month": {thisMonth.Format("2006-01")}}, false},
		{"non-usage-files", "non-usage report file (.r.cat) listing", "nonUsageReport/files",
			url.Values{"month": {thisMonth.Format("2006-01")}}, false},
	}
	var tried []*Exchange
	var withV1, neither []string
	for _, c := range calls {
		plain := p.get(ctx, billingBase+c.resource, c.query)
		answer := plain
		if plain != nil && plain.Status == http.StatusNotFound {
			answer = p.get(ctx, billingBase+"v1/"+c.resource, c.query)
			if answer.Status == http.StatusNotFound {
				neither = append(neither, c.resource)
			} else {
				withV1 = append(withV1, c.resource)
			}
			tried = append(tried, plain)
		}
		tried = append(tried, answer)
		p.expect(c.id, fmt.Sprintf("%s (GET %s%s) answers as colt.yaml says", c.what, billingBase, c.resource), []*Exchange{answer})
		if c.list {
			p.lists = append(p.lists, answer)
		}
	}

	const path = "billing path without /v1: the billing resources answer at " + billingBase + "<resource>, as Colt prints them"
	switch {
	case p.token == "":
		p.add("billing-path", path, NotChecked, noToken)
	case len(withV1) > 0:
		p.add("billing-path", path, Broken, fmt.Sprintf("%s answered 404 without /v1 and answered under %sv1/",
			strings.Join(withV1, ", "), billingBase), tried...)
	case len(neither) > 0:
		p.add("billing-path", path, Broken, fmt.Sprintf("%s answered 404 with and without /v1", strings.Join(neither, ", ")), tried...)
	default:
		p.add("billing-path", path, Held, "every billing resource answered without /v1", tried...)
	}
}
