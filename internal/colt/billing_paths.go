package colt

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
)

// Colt prints its billing resources without /v1
// (/usageManagement/unratedCallDetailRecord, ...), unlike every other Voice
// API, so whether its gateway wants /v1 is unknown. The client asks the
// documented form first and, only when that path answers 404, the /v1 form;
// the form that answers is kept for the client's life. Billing is
// read-only for Terraform: no billing call changes anything at Colt.
const (
	billingBase   = "/usageManagement/"
	billingBaseV1 = "/usageManagement/v1/"
)

// billingForm is which form of the billing paths the gateway serves.
type billingForm int32

const (
	billingUnknown billingForm = iota
	billingDocumented
	billingV1
)

func (f billingForm) path(resource string) string {
	if f == billingV1 {
		return billingBaseV1 + resource
	}
	return billingBase + resource
}

// billingPaths remembers the form; safe for concurrent use.
type billingPaths struct {
	form  atomic.Int32
	probe sync.Mutex // while the form is unknown, one call at a time finds it out
}

func (b *billingPaths) known() billingForm { return billingForm(b.form.Load()) }

// answered records that f answered something other than a 404.
func (b *billingPaths) answered(f billingForm) {
	b.form.CompareAndSwap(int32(billingUnknown), int32(f))
}

// onBilling runs attempt on the billing resource in the form the gateway
// serves. While that is unknown, calls wait for each other, so one client
// finds it out once: attempt runs with the documented form, then, if that
// path answered 404 (and nothing else before it), with the /v1 form. When
// both answer 404, the documented form's error is returned. attempt may
// mark the form answered itself (a paginated read on its first page), so a
// 404 later in the same read never switches forms.
func (c *Client) onBilling(ctx context.Context, resource string, attempt func(billingForm) error) error {
	b := &c.billing
	if f := b.known(); f != billingUnknown {
		return attempt(f)
	}
	b.probe.Lock()
	if f := b.known(); f != billingUnknown {
		b.probe.Unlock()
		return attempt(f)
	}
	defer b.probe.Unlock()

	err := attempt(billingDocumented)
	switch billingAnswer(err, billingDocumented.path(resource)) {
	case answeredOther:
		b.answered(billingDocumented)
		return err
	case notAnswered:
		return err
	}
	if b.known() != billingUnknown {
		return err
	}
	errV1 := attempt(billingV1)
	switch billingAnswer(errV1, billingV1.path(resource)) {
	case answered404:
		return err
	case answeredOther:
		b.answered(billingV1)
	}
	if b.known() == billingV1 {
		c.warn(ctx, "Colt answers billing under /usageManagement/v1, not at the paths Colt documents; "+
			"using /v1 for this provider run (api/colt.yaml names /v1 as the assumed alternative)",
			map[string]any{"documented": billingDocumented.path(resource), "used": billingV1.path(resource)})
	}
	return errV1
}

type answer int

const (
	notAnswered   answer = iota // no answer from that path (transport, token, the caller's own error)
	answered404                 // the path answered 404
	answeredOther               // the path answered something else: it exists
)

// billingAnswer classifies what attempting path gave.
func billingAnswer(err error, path string) answer {
	if err == nil {
		return answeredOther
	}
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		return notAnswered
	}
	unescaped, _ := url.PathUnescape(path)
	if !strings.HasSuffix(apiErr.Path, unescaped) {
		return notAnswered // e.g. the token call
	}
	if apiErr.StatusCode == http.StatusNotFound {
		return answered404
	}
	return answeredOther
}
