package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// checkWire judges what every answer of the run shows.
func (p *Probe) checkWire() {
	p.checkTotalCount()
	p.checkRedirects()
	p.checkErrorBodies()
	p.checkTrackingEcho()
}

func (p *Probe) checkTotalCount() {
	const totalCount = "list responses carry totalCount (free numbers, inventory, orders, CDRs)"
	var lists, missing []*Exchange
	for _, ex := range p.lists {
		if ex == nil || ex.Status != http.StatusOK || ex.object() == nil {
			continue
		}
		lists = append(lists, ex)
		if _, ok := ex.object()["totalCount"]; !ok {
			missing = append(missing, ex)
		}
	}
	switch {
	case len(lists) == 0:
		p.add("total-count", totalCount, NotChecked, "no list answered HTTP 200 with a JSON object")
	case len(missing) > 0:
		p.add("total-count", totalCount, Broken, fmt.Sprintf("%d of %d list answers have no totalCount: %s",
			len(missing), len(lists), targets(missing)), missing...)
	default:
		p.add("total-count", totalCount, Held, fmt.Sprintf("all %d list answers carry totalCount", len(lists)))
	}
}

func (p *Probe) checkRedirects() {
	const noRedirect = "no redirect: the gateway answers every call itself (the client never follows a redirect)"
	var redirects []*Exchange
	for _, ex := range p.seen {
		if ex.answered() && ex.Status >= 300 && ex.Status < 400 {
			redirects = append(redirects, ex)
		}
	}
	if len(redirects) == 0 {
		p.add("no-redirect", noRedirect, Held, fmt.Sprintf("none of %d answers was a redirect", len(p.seen)))
		return
	}
	first := redirects[0]
	host := "(no Location)"
	if u, err := url.Parse(first.Location); err == nil && u.Host != "" {
		host = u.Host
	}
	p.add("no-redirect", noRedirect, Broken, fmt.Sprintf("%d of %d answers were redirects, the first HTTP %d to host %s",
		len(redirects), len(p.seen), first.Status, host), first)
}

var threeDigits = regexp.MustCompile(`^[0-9]{3}$`)

func (p *Probe) checkErrorBodies() {
	const errorBody = "error body has status (a number), code (3 digits), reason and message"
	var errs, bad []*Exchange
	for _, ex := range p.seen {
		if !ex.answered() || ex.Status < 400 {
			continue
		}
		errs = append(errs, ex)
		var e struct {
			Status  *int    `json:"status"`
			Code    *string `json:"code"`
			Reason  *string `json:"reason"`
			Message *string `json:"message"`
		}
		if json.Unmarshal(ex.body, &e) != nil || e.Status == nil || e.Code == nil || !threeDigits.MatchString(*e.Code) ||
			e.Reason == nil || e.Message == nil {
			bad = append(bad, ex)
		}
	}
	switch {
	case len(errs) == 0:
		p.add("error-body", errorBody, NotChecked, "no error answer")
	case len(bad) > 0:
		p.add("error-body", errorBody, Broken, fmt.Sprintf("%d of %d error answers differ: %s", len(bad), len(errs), targets(bad)), bad...)
	default:
		p.add("error-body", errorBody, Held, fmt.Sprintf("all %d error answers have them", len(errs)))
	}
}

func (p *Probe) checkTrackingEcho() {
	const echo = "answers echo the request's x-tracking-id header"
	var asked, silent []*Exchange
	for _, ex := range p.seen {
		if !ex.answered() || ex.TrackingID == "" {
			continue
		}
		asked = append(asked, ex)
		if ex.header.Get(trackingHeader) != ex.TrackingID {
			silent = append(silent, ex)
		}
	}
	switch {
	case len(asked) == 0:
		p.add("tracking-echo", echo, NotChecked, "no answer")
	case len(silent) > 0:
		p.add("tracking-echo", echo, Broken, fmt.Sprintf("%d of %d answers do not echo it: %s", len(silent), len(asked), targets(silent)), silent[0])
	default:
		p.add("tracking-echo", echo, Held, fmt.Sprintf("all %d answers echo it", len(asked)))
	}
}

// targets names up to five exchanges.
func targets(exs []*Exchange) string {
	var names []string
	for i, ex := range exs {
		if i == 5 {
			names = append(names, fmt.Sprintf("and %d more", len(exs)-5))
			break
		}
		names = append(names, fmt.Sprintf("%s %s (HTTP %d)", ex.Method, pathOf(ex.Target), ex.Status))
	}
	return strings.Join(names, ", ")
}
