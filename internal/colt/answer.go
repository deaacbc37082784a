package colt

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// readAPIError reads an answer that is not a success (at most maxErrorBody
// of it, see boundedBody) into an APIError; one whose body could not be
// read whole says why.
func readAPIError(op string, resp *http.Response, attempts int, secrets ...string) *APIError {
	body, err := io.ReadAll(resp.Body)
	e := newAPIError(op, resp, body, attempts, secrets...)
	if bodyErr := (*BodyError)(nil); errors.As(err, &bodyErr) {
		e.Unread = bodyErr.reason()
	}
	return e
}

// readAnswer consumes a successful answer: through req.read, else as the
// JSON for out. A body the client stopped reading is reported as the
// *BodyError itself, not as the JSON or file error it caused.
func readAnswer(req call, resp *http.Response, out any, secrets []string) error {
	contentType := resp.Header.Get("Content-Type")
	if req.read != nil {
		return bodyErrorOr(req.read(contentType, resp.Body))
	}
	if out == nil {
		return nil
	}
	head := &headRecorder{r: resp.Body}
	err := json.NewDecoder(head).Decode(out)
	if err == nil {
		return nil
	}
	if bodyErr := (*BodyError)(nil); errors.As(err, &bodyErr) {
		return bodyErr
	}
	problem := "the body is not the JSON expected: " + err.Error()
	switch {
	case errors.Is(err, io.EOF):
		problem = "the body is empty where JSON was expected"
	case errors.Is(err, io.ErrUnexpectedEOF):
		problem = "the body ends before its JSON is complete (a truncated answer)"
	}
	if len(head.head) > 0 {
		problem += fmt.Sprintf("; Content-Type %q, body starting %q", contentType, sanitise(stripTags(string(head.head)), 120, secrets))
	}
	return &ProtocolError{
		Operation:  req.op,
		StatusCode: resp.StatusCode,
		Problem:    problem,
		TrackingID: resp.Request.Header.Get(TrackingHeader),
	}
}

func bodyErrorOr(err error) error {
	if bodyErr := (*BodyError)(nil); errors.As(err, &bodyErr) {
		return bodyErr
	}
	return err
}

// headRecorder keeps the first bytes read through it, to quote an answer
// that did not decode.
type headRecorder struct {
	r    io.Reader
	head []byte
}

const recordedHead = 512

func (h *headRecorder) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if room := recordedHead - len(h.head); room > 0 {
		h.head = append(h.head, p[:min(n, room)]...)
	}
	return n, err
}
