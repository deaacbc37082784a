package mock

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

// readJSONBody reads a JSON object body into target; every problem with it
// (empty, too large, malformed, unknown or mistyped fields, trailing data)
// answers 400/100.
func readJSONBody(w http.ResponseWriter, r *http.Request, target any) *apiError {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxOrderBody))
	if err != nil {
		return fail(errBadBody, "the request body could not be read (at most 1 MiB)")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return fail(errBadBody, "the request body is empty; send a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(target); err != nil {
		return fail(errBadBody, "%s", jsonProblem(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fail(errBadBody, "unexpected data after the JSON object")
	}
	return nil
}
