package provider

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// wireTap stands between the network and the mock and records what the
// secrets look like on the wire: every access token the mock answered with,
// the Basic credentials and bearer tokens the provider sent, and the
// x-tracking-id of every request.
type wireTap struct {
	mu          sync.Mutex
	tokens      []string
	basics      []string
	bearers     []string
	trackingIDs []string
}

func (w *wireTap) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		scheme, credential, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		w.mu.Lock()
		w.trackingIDs = append(w.trackingIDs, r.Header.Get(colt.TrackingHeader))
		switch {
		case strings.EqualFold(scheme, "Basic"):
			w.basics = append(w.basics, credential)
		case strings.EqualFold(scheme, "Bearer"):
			w.bearers = append(w.bearers, credential)
		}
		w.mu.Unlock()
		if r.URL.Path != colt.TokenPath {
			next.ServeHTTP(rw, r)
			return
		}
		tee := &teeWriter{ResponseWriter: rw}
		next.ServeHTTP(tee, r)
		var answer struct {
			AccessToken string `json:"access_token"`
		}
		if json.Unmarshal(tee.body.Bytes(), &answer) == nil && answer.AccessToken != "" {
			w.mu.Lock()
			w.tokens = append(w.tokens, answer.AccessToken)
			w.mu.Unlock()
		}
	})
}

type wireRecord struct{ tokens, basics, bearers, trackingIDs []string }

func (w *wireTap) record() wireRecord {
	w.mu.Lock()
	defer w.mu.Unlock()
	return wireRecord{
		tokens: append([]string(nil), w.tokens...), basics: append([]string(nil), w.basics...),
		bearers: append([]string(nil), w.bearers...), trackingIDs: append([]string(nil), w.trackingIDs...),
	}
}

type teeWriter struct {
	http.ResponseWriter
	body bytes.Buffer
}

func (t *teeWriter) Write(b []byte) (int, error) {
	t.body.Write(b)
	return t.ResponseWriter.Write(b)
}

// secretForms are the shapes in which the client credentials could leak:
// the secret as is and form-escaped, and both forms of the Basic credential.
func secretForms(clientID, secret string) map[string]string {
	basic := func(id, s string) string { return base64.StdEncoding.EncodeToString([]byte(id + ":" + s)) }
	return map[string]string{
		"the client secret":                             secret,
		"the form-escaped client secret":                url.QueryEscape(secret),
		"the Basic credential (literal)":                basic(clientID, secret),
		"the Basic credential (form-escaped, x/oauth2)": basic(url.QueryEscape(clientID), url.QueryEscape(secret)),
	}
}

// tokenForms names every issued token and its signature, the part that
// makes it usable: a log that cut a token short would still hold it.
func tokenForms(tokens []string) map[string]string {
	out := map[string]string{}
	for i, tok := range tokens {
		out[fmt.Sprintf("access token #%d", i+1)] = tok
		if dot := strings.LastIndexByte(tok, '.'); dot >= 0 && len(tok)-dot > 16 {
			out[fmt.Sprintf("the signature of access token #%d", i+1)] = tok[dot+1:]
		}
	}
	return out
}

var anyJWT = regexp.MustCompile(`eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.`)

// artefact is one text a run left behind: a file, a command's output, a JSON
// rendering.
type artefact struct{ name, text string }

// leaks names each needle found in an artefact, also JSON- or Go-quoted,
// and any JWT at all.
func leaks(artefacts []artefact, needles map[string]string) []string {
	var found []string
	for _, a := range artefacts {
		for what, needle := range needles {
			for _, form := range quotedForms(needle) {
				if i := strings.Index(a.text, form); i >= 0 {
					found = append(found, fmt.Sprintf("%s in %s (offset %d)", what, a.name, i))
					break
				}
			}
		}
		if m := anyJWT.FindString(a.text); m != "" {
			found = append(found, fmt.Sprintf("a JWT (starts %.12s…) in %s", m, a.name))
		}
	}
	return found
}

// distinct drops artefacts whose text an earlier one has.
func distinct(artefacts []artefact) []artefact {
	seen := map[string]bool{}
	var out []artefact
	for _, a := range artefacts {
		if !seen[a.text] {
			seen[a.text] = true
			out = append(out, a)
		}
	}
	return out
}

func quotedForms(s string) []string {
	forms := []string{s}
	inner := func(q string) string { return q[1 : len(q)-1] }
	if raw, err := json.Marshal(s); err == nil && inner(string(raw)) != s {
		forms = append(forms, inner(string(raw)))
	}
	if q := inner(strconv.Quote(s)); q != s {
		forms = append(forms, q)
	}
	return forms
}

// filesUnder reads every file under dir, each entry of a zip (a saved plan)
// as an artefact of its own.
func filesUnder(t *testing.T, dir string) []artefact {
	t.Helper()
	var out []artefact
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		out = append(out, artefact{rel, string(raw)})
		if zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw))); err == nil {
			for _, f := range zr.File {
				out = append(out, artefact{rel + ":" + f.Name, readZipEntry(t, f)})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func readZipEntry(t *testing.T, f *zip.File) string {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = rc.Close() }()
	var b bytes.Buffer
	if _, err := b.ReadFrom(rc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
