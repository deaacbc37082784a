package colt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

const (
	DefaultRequestTimeout = 30 * time.Second
	DefaultMaxRetries     = 4
	maxResponseBody       = 32 << 20
)

// Config is what a Client needs. BaseURL must already be checked with
// BaseURL or ParseBaseURL.
type Config struct {
	BaseURL      *url.URL
	ClientID     string
	ClientSecret Secret
	AccessToken  Secret // a ready token, used instead of client credentials

	RequestTimeout time.Duration // whole budget of one call, retries included
	MaxRetries     int

	UserAgent string
	Log       LogFunc
	// Warn receives what a user should see in the logs: an assumption
	// about Colt's wire format that did not hold.
	Warn      LogFunc
	Now       func() time.Time  // injectable clock for token expiry
	Transport http.RoundTripper // defaults to a pooled http.Transport

	// RetryWaitMin and RetryWaitMax bound the backoff; tests shorten them.
	RetryWaitMin, RetryWaitMax time.Duration
	// LookupWindow is how long a refresh's first number look-up waits for
	// the others; DefaultLookupWindow when zero.
	LookupWindow time.Duration
	// EvidenceWait bounds how long an order whose answer was lost is
	// looked for in the inventory where Colt has no order search;
	// DefaultEvidenceWait when zero.
	EvidenceWait time.Duration
}

// Client calls Colt's APIs with one shared, self-refreshing token. It is safe
// for concurrent use. How it treats a call is chosen by the view the caller
// holds, never by a value in the call's context: the plain client makes
// each call on its own; SharedReads, Refresh and OrderSession (modes.go)
// return views of the same client that share answers, gather look-ups or
// see an order through.
type Client struct {
	*state
	mode mode
}

// state is what every view of one client shares: the token, the caches and
// what the client has learnt of Colt.
type state struct {
	base    *url.URL
	timeout time.Duration
	retry   *retryablehttp.Client
	tokens  tokenSource
	now     func() time.Time
	secrets []string
	lookup  *numberLookup
	listed  inventorySnapshot // see lookupListed
	reads   sharedReads       // see SharedReads
	paces   orderPaces        // see firstPoll
	warnLog LogFunc
	unknown unknownStatuses
	search  searchSupport
	billing billingPaths // which form of the billing paths the gateway serves

	maxResends   int           // sends of an order the order search says was not placed
	evidenceWait time.Duration // see Config.EvidenceWait
}

// New builds a client. It makes no request: the first token is fetched by
// the first call that needs it.
func New(cfg Config) (*Client, error) {
	if cfg.BaseURL == nil {
		return nil, errors.New("colt: Config.BaseURL is required")
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MaxRetries < 0 {
		return nil, errors.New("colt: Config.MaxRetries must not be negative")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Transport == nil {
		cfg.Transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	if cfg.RetryWaitMin <= 0 {
		cfg.RetryWaitMin = retryWaitMin
	}
	if cfg.RetryWaitMax <= 0 {
		cfg.RetryWaitMax = retryWaitMax
	}

	wire := withoutRedirects(&http.Client{Transport: &wireTransport{next: cfg.Transport, userAgent: cfg.UserAgent, log: cfg.Log, now: time.Now}})
	retry := newRetryClient(wire, cfg.MaxRetries, cfg.RetryWaitMin, cfg.RetryWaitMax)

	c := &Client{state: &state{
		base:    cfg.BaseURL,
		timeout: cfg.RequestTimeout,
		retry:   retry,
		now:     cfg.Now,
		secrets: []string{cfg.ClientSecret.Reveal(), cfg.AccessToken.Reveal()},
		warnLog: cfg.Warn,

		maxResends:   cfg.MaxRetries,
		evidenceWait: cfg.EvidenceWait,
	}}
	if c.evidenceWait <= 0 {
		c.evidenceWait = DefaultEvidenceWait
	}
	c.lookup = &numberLookup{window: cfg.LookupWindow}
	if c.lookup.window <= 0 {
		c.lookup.window = DefaultLookupWindow
	}
	switch {
	case cfg.ClientID != "" && cfg.ClientSecret != "":
		c.tokens = newCredentialSource(c.url(TokenPath), cfg.ClientID, cfg.ClientSecret, withoutRedirects(retry.StandardClient()), cfg.Now, cfg.Log)
	case cfg.AccessToken != "":
		c.tokens = newStaticSource(cfg.AccessToken, cfg.Now)
	default:
		c.tokens = missingSource{}
	}
	return c, nil
}

// Token returns the shared access token, fetching or refreshing it first
// when needed. Every caller gets the same token until it nears expiry.
func (c *Client) Token(ctx context.Context) (*Token, error) {
	return c.TokenValidFor(ctx, 0)
}

// TokenValidFor is Token for a caller that will hold on to the token: it
// replaces the shared token first when it expires within validFor, or
// within half its lifetime when that is shorter (a fresh token must do).
func (c *Client) TokenValidFor(ctx context.Context, validFor time.Duration) (*Token, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	return c.tokens.Token(ctx, validFor)
}

func (c *Client) warn(ctx context.Context, msg string, fields map[string]any) {
	if c.warnLog != nil {
		c.warnLog(ctx, msg, fields)
	}
}

func (c *Client) url(path string) string {
	u := *c.base
	u.Path = c.base.Path + path
	return u.String()
}

// call is one logical API operation.
type call struct {
	op         string // human name for errors, e.g. "search free numbers"
	method     string
	path       string
	query      url.Values
	body       any
	idempotent bool // safe to send again after a transient failure
	// retryUnsent marks a call that is not idempotent (an order) but may
	// be sent again when the first attempt surely never reached Colt.
	retryUnsent bool
	// read, when set, consumes a successful body instead of JSON decoding.
	read func(contentType string, body io.Reader) error
	// limit bounds a successful body; maxResponseBody when zero.
	limit int64
}

// callMeta is what a caller may want to know about a call beyond its body.
type callMeta struct {
	trackingID string        // of the request whose answer was used
	retryAfter time.Duration // Retry-After of a successful answer, zero without one
}

func (c *Client) do(ctx context.Context, req call, out any) error {
	_, err := c.doMeta(ctx, req, out)
	return err
}

// doMeta performs req on its own; an OrderSession goes on trying an
// idempotent call that fails transiently.
func (c *Client) doMeta(ctx context.Context, req call, out any) (callMeta, error) {
	if !req.idempotent || req.read != nil { // a streamed body may have been half consumed
		return c.doOnce(ctx, req, out)
	}
	var meta callMeta
	err := c.persevere(ctx, req.op, func() error {
		var err error
		meta, err = c.doOnce(ctx, req, out)
		return err
	})
	return meta, err
}

// doOnce performs req with the shared token. A 401 discards the token,
// fetches a new one and repeats the call once.
func (c *Client) doOnce(outer context.Context, req call, out any) (meta callMeta, err error) {
	ctx, cancel := context.WithTimeout(outer, c.timeout)
	defer cancel()
	defer func() { err = c.namedTimeout(outer, err) }()

	tok, err := c.tokens.Token(ctx, 0)
	if err != nil {
		return meta, err
	}
	resp, attempts, err := c.send(ctx, req, tok) //nolint:bodyclose // closed by discardBody on every path
	if err != nil {
		return meta, err
	}
	if resp.StatusCode == http.StatusUnauthorized {
		trackingID := resp.Request.Header.Get(TrackingHeader)
		discardBody(resp.Body)
		if !c.tokens.Invalidate(tok) {
			return meta, &TokenExpiredError{Rejected: true, TrackingID: trackingID}
		}
		if tok, err = c.tokens.Token(ctx, 0); err != nil {
			return meta, err
		}
		if resp, attempts, err = c.send(ctx, req, tok); err != nil { //nolint:bodyclose // as above
			return meta, err
		}
	}
	defer discardBody(resp.Body)
	meta.trackingID = resp.Request.Header.Get(TrackingHeader)

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return meta, readAPIError(req.op, resp, attempts, c.secrets...)
	}
	meta.retryAfter, _ = retryAfter(resp)
	return meta, readAnswer(req, resp, out, c.secrets)
}

func (c *Client) send(ctx context.Context, req call, tok *Token) (*http.Response, int, error) {
	ctx, trace := withTrace(ctx, req)
	var body io.Reader
	if req.body != nil {
		encoded, err := json.Marshal(req.body)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: encoding the request: %w", req.op, err)
		}
		body = bytes.NewReader(encoded)
	}
	target := c.url(req.path)
	if len(req.query) > 0 {
		target += "?" + req.query.Encode()
	}
	r, err := retryablehttp.NewRequestWithContext(ctx, req.method, target, body)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", req.op, err)
	}
	r.Header.Set("Authorization", "Bearer "+tok.AccessToken.Reveal())
	r.Header.Set("Accept", "application/json")
	if body != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.retry.Do(r)
	attempts := int(trace.attempts.Load())
	if err != nil {
		return nil, attempts, &TransportError{Operation: req.op, Attempts: attempts, TrackingID: trace.trackingID(), Err: err}
	}
	return resp, attempts, nil
}

// namedTimeout marks a TransportError whose call ran out of its own time
// (request_timeout) rather than of the caller's, so that its text says so.
func (c *Client) namedTimeout(outer context.Context, err error) error {
	var transportErr *TransportError
	if errors.As(err, &transportErr) && outer.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
		transportErr.RequestTimeout = c.timeout
	}
	return err
}

// TransportError is a call that got no answer: connection failure or the
// call's deadline.
type TransportError struct {
	Operation  string
	Attempts   int
	TrackingID string
	// RequestTimeout is set when the call's own time ran out.
	RequestTimeout time.Duration
	Err            error
}

func (e *TransportError) Error() string {
	cause := e.Err.Error()
	if e.RequestTimeout > 0 {
		cause = fmt.Sprintf("the call's time (request_timeout %s) ran out", e.RequestTimeout)
	}
	msg := fmt.Sprintf("%s: no answer from Colt after %d attempt(s): %s", e.Operation, e.Attempts, cause)
	if e.TrackingID != "" {
		msg += " [x-tracking-id " + e.TrackingID + "]"
	}
	return msg
}

func (e *TransportError) Unwrap() error { return e.Err }
