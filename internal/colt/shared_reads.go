package colt

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"sync"
)

// sharedReads holds the answers of data-source reads, keyed by method,
// path, query and body.
type sharedReads struct {
	mu      sync.Mutex
	answers map[string]*sharedAnswer
}

// sharedAnswer is one request's answer: done closes when it is in.
type sharedAnswer struct {
	done        chan struct{}
	meta        callMeta
	contentType string
	body        []byte
	err         error
}

// forget drops every answer kept: an order may have changed what they say.
func (s *sharedReads) forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.answers = nil
}

// join returns the answer for key, and whether the caller is the one to
// fetch it.
func (s *sharedReads) join(key string) (*sharedAnswer, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.answers[key]; ok {
		return a, false
	}
	if s.answers == nil {
		s.answers = map[string]*sharedAnswer{}
	}
	a := &sharedAnswer{done: make(chan struct{})}
	s.answers[key] = a
	return a, true
}

// drop removes a failed answer, so the next caller asks again.
func (s *sharedReads) drop(key string, a *sharedAnswer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.answers[key] == a {
		delete(s.answers, key)
	}
}

// doShared is doMeta for calls that may share an answer: an idempotent call
// made through SharedReads (and not in an OrderSession). The request runs on
// its own, detached from the first caller's cancellation and bounded by
// request_timeout like any call, so its outcome is the request's own: every
// caller waiting for it gets that answer or that error, and none asks again.
func (c *Client) doShared(ctx context.Context, req call, out any) (callMeta, error) {
	if !req.idempotent || !c.mode.shared || c.mode.persist {
		return c.doMeta(ctx, req, out)
	}
	key := req.method + " " + req.path + "?" + req.query.Encode()
	if req.body != nil {
		encoded, err := json.Marshal(req.body)
		if err != nil {
			return c.doMeta(ctx, req, out)
		}
		key += " " + string(encoded)
	}
	a, first := c.reads.join(key)
	if first {
		go c.fetchShared(context.WithoutCancel(ctx), key, req, a)
	}
	select {
	case <-a.done:
	case <-ctx.Done():
		return callMeta{}, ctx.Err()
	}
	if a.err != nil {
		return a.meta, a.err
	}
	return a.meta, c.replay(req, a, out)
}

// fetchShared makes the request for a, keeping its body to replay to every
// caller. A failed answer is dropped from the kept ones as it is handed to
// its waiters, so a later read asks again.
func (c *Client) fetchShared(ctx context.Context, key string, req call, a *sharedAnswer) {
	defer close(a.done)
	fetch := req
	fetch.read = func(contentType string, body io.Reader) error {
		a.contentType = contentType
		var err error
		a.body, err = io.ReadAll(body)
		return err
	}
	a.meta, a.err = c.doMeta(ctx, fetch, nil)
	if a.err != nil {
		c.reads.drop(key, a)
	}
}

// replay decodes a kept answer as readAnswer decodes a live one.
func (c *Client) replay(req call, a *sharedAnswer, out any) error {
	sent := &http.Request{Header: http.Header{}}
	sent.Header.Set(TrackingHeader, a.meta.trackingID)
	resp := &http.Response{
		StatusCode: http.StatusOK,
		Header:     http.Header{"Content-Type": {a.contentType}},
		Body:       io.NopCloser(bytes.NewReader(a.body)),
		Request:    sent,
	}
	return readAnswer(req, resp, out, c.secrets)
}
