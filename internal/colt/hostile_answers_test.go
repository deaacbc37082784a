package colt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

// hostileToken is the access token the good token answer carries; it must
// appear in no error.
const hostileToken = "tok-hostile-0a1b2c3d4e5f"

func goodToken(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"access_token":"`+hostileToken+`","token_type":"Bearer","expires_in":1800}`)
}

func goodAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"freeNumbers":[],"totalCount":0}`)
}

func serve(status int, contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

func large(status int, contentType, prefix string, declared bool) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		if declared {
			w.Header().Set("Content-Length", fmt.Sprint(50<<20))
		}
		w.WriteHeader(status)
		writeLarge(w, prefix, 50<<20, false)
	}
}

// trickle sends prefix, then a space every 20 ms until the client leaves.
func trickle(status int, prefix string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, prefix)
		for {
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
			if _, err := io.WriteString(w, " "); err != nil {
				return
			}
		}
	}
}

// reset resets the connection without answering.
func reset() http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			panic(err)
		}
		_ = conn.(*net.TCPConn).SetLinger(0)
		_ = conn.Close()
	}
}

// hangUp writes raw, the start of an answer, and closes the connection.
func hangUp(raw string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			panic(err)
		}
		_, _ = io.WriteString(conn, raw)
		_ = conn.Close()
	}
}

// Issue 9 §1.6: every hostile answer, to the token call or an API call,
// is a bounded, clear error that names what was wrong, quotes no token or
// secret, comes within the call's timeout and costs little memory.
func TestHostileAnswers(t *testing.T) {
	const partial = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"freeNumbers\":["
	cases := []struct {
		name       string
		token, api http.HandlerFunc // nil: a good answer
		want       []string         // in the error's text
		is         error            // errors.Is target, when one applies
	}{
		{name: "truncated JSON", api: serve(200, "application/json", `{"freeNumbers":[{"number":"+4420`),
			want: []string{"search free numbers: unexpected answer (HTTP 200): the body ends before its JSON is complete", `body starting "{\"freeNumbers\"`}},
		{name: "HTML with 200", api: serve(200, "text/html", "<html><body><h1>Please log in</h1></body></html>"),
			want: []string{"the body is not the JSON expected", `Content-Type "text/html"`, "Please log in"}},
		{name: "binary as octet-stream", api: serve(200, "application/octet-stream", "\x00\x01\x02\xff\xfe"),
			want: []string{"the body is not the JSON expected", `Content-Type "application/octet-stream"`}},
		{name: "JSON of another shape", api: serve(200, "application/json", `{"freeNumbers":"none"}`),
			want: []string{"the body is not the JSON expected: json: cannot unmarshal string"}},
		{name: "empty 200", api: serve(200, "application/json", ""),
			want: []string{"the body is empty where JSON was expected"}},
		{name: "HTML error page from a proxy", api: serve(502, "text/html", "<html><title>502 Bad Gateway</title><body>nginx</body></html>"),
			want: []string{"search free numbers failed: HTTP 502", "not Colt's JSON error", "502 Bad Gateway nginx", "gave up after 3 attempts"}},
		{name: "truncated error JSON", api: serve(400, "application/json", `{"status":400,"code":"0`),
			want: []string{"failed: HTTP 400", `the body was not Colt's JSON error: "{\"status\":400,\"code\":\"0"`}},
		{name: "50 MB answer, length declared", api: large(200, "application/json", `{"freeNumbers":[],"padding":"`, true),
			want: []string{"(HTTP 200) is too large", "32 MiB"}, is: ErrBodyTooLarge},
		{name: "50 MB HTML answer", api: large(200, "text/html", "<html>", false),
			want: []string{"not the JSON expected", "text/html"}},
		{name: "50 MB error answer", api: large(400, "application/json", `{"status":400,"code":"`, false),
			want: []string{"failed: HTTP 400", "the body is too large", "64 KiB"}},
		{name: "slow trickle", api: trickle(200, `{"freeNumbers":[`),
			want: []string{"still arriving when the call's time (request_timeout) ran out"}, is: context.DeadlineExceeded},
		{name: "connection reset before the answer", api: reset(),
			want: []string{"search free numbers: no answer from Colt after 3 attempt(s)"}},
		{name: "connection closed mid-answer", api: hangUp(partial),
			want: []string{"search free numbers: Colt's answer (HTTP 200) broke off after 16 bytes"}, is: io.ErrUnexpectedEOF},
		{name: "redirect", api: func(w http.ResponseWriter, _ *http.Request) {
			http.Redirect(w, &http.Request{}, "http://elsewhere.example:8443/steal", http.StatusFound)
		}, want: []string{"redirect to elsewhere.example:8443", "does not follow redirects"}},

		{name: "token: HTML", token: serve(200, "text/html", "<html><body>Maintenance</body></html>"),
			want: []string{"token request: unexpected answer (HTTP 200): the answer is not the JSON of a token", "Maintenance"}},
		{name: "token: truncated JSON", token: serve(200, "application/json", `{"access_token":"`+hostileToken+`","expires_in":18`),
			want: []string{"the answer is not the JSON of a token", "not quoted because it names a token field"}},
		{name: "token: no access_token", token: serve(200, "application/json", `{"token_type":"Bearer"}`),
			want: []string{"no access_token in the answer"}},
		{name: "token: absurd expires_in", token: serve(200, "application/json", `{"access_token":"`+hostileToken+`","expires_in":1e12}`),
			want: []string{`expires_in "1e12" is not a token lifetime`}},
		{name: "token: expires_in 0", token: serve(200, "application/json", `{"access_token":"`+hostileToken+`","expires_in":0}`),
			want: []string{`expires_in "0" is not a token lifetime`}},
		{name: "token: 50 MB", token: large(200, "application/json", `{"access_token":"`+hostileToken+`","pad":"`, false),
			want: []string{"token request: Colt's answer (HTTP 200) is too large", "64 KiB"}, is: ErrBodyTooLarge},
		{name: "token: slow trickle", token: trickle(200, `{"access_token":"`+hostileToken+`"`),
			want: []string{"token request: Colt's answer (HTTP 200) was still arriving"}, is: context.DeadlineExceeded},
		{name: "token: connection reset", token: reset(),
			want: []string{"token request: no answer from Colt after 3 attempt(s)"}},
		{name: "token: redirect", token: func(w http.ResponseWriter, _ *http.Request) {
			http.Redirect(w, &http.Request{}, "http://elsewhere.example/token", http.StatusTemporaryRedirect)
		}, want: []string{"token request failed: Colt answered 307 with a redirect to elsewhere.example:80"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			token, api := tc.token, tc.api
			if token == nil {
				token = goodToken
			}
			if api == nil {
				api = goodAPI
			}
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == TokenPath {
					token(w, r)
					return
				}
				api(w, r)
			}))
			defer srv.Close()
			cfg := testConfig(t, srv.URL)
			cfg.MaxRetries = 2
			cfg.RequestTimeout = time.Second
			c := newClient(t, cfg)

			var err error
			took, grew := measure(func() { _, err = c.SearchFreeNumbers(context.Background(), gbQuery) })
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			for _, want := range tc.want {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q lacks %q", msg, want)
				}
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %q is not %v", msg, tc.is)
			}
			assertNoSecrets(t, msg, hostileToken)
			if strings.ContainsAny(msg, "\n\r\x00") || len(msg) > 1000 {
				t.Errorf("error is not one short line: %q", msg)
			}
			if took > 3*time.Second {
				t.Errorf("took %v with a 1 s request timeout", took)
			}
			if grew > 4<<20 {
				t.Errorf("allocated %d MB for one call", grew>>20)
			}
		})
	}
}

// A JSON answer of undeclared length is read up to the 32 MiB limit and
// no further: what it costs does not grow with the body's size. (Decoding
// JSON buffers what it reads, so this is the one hostile answer that costs
// a multiple of its limit rather than a few MB.)
func TestOversizeJSONMemoryIsBoundedByTheLimit(t *testing.T) {
	cost := map[int]uint64{}
	for _, size := range []int{50 << 20, 200 << 20} {
		srv := apiServer(t, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			writeLarge(w, `{"freeNumbers":[],"padding":"`, size, false)
		})
		cfg := testConfig(t, srv.URL)
		cfg.RequestTimeout = 5 * time.Minute // a loaded machine must still reach the limit
		c := newClient(t, cfg)
		if _, err := c.Token(context.Background()); err != nil {
			t.Fatal(err)
		}
		var err error
		_, cost[size] = measure(func() { _, err = c.SearchFreeNumbers(context.Background(), gbQuery) })
		if !errors.Is(err, ErrBodyTooLarge) {
			t.Fatalf("%d MB: err = %v, want too large", size>>20, err)
		}
	}
	small, big := cost[50<<20], cost[200<<20]
	if big > small+4<<20 || big > 5*maxResponseBody {
		t.Errorf("allocated %d MB for 50 MB and %d MB for 200 MB: the cost grows with the body, or beyond the 32 MiB limit", small>>20, big>>20)
	}
}

// measure runs fn and says how long it took and how many bytes the
// process allocated meanwhile.
func measure(fn func()) (time.Duration, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	fn()
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	return took, after.TotalAlloc - before.TotalAlloc
}
