package mock

import (
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func TestFreeNumbersValidToken(t *testing.T) {
	s, ts := startServer(t, Config{})
	tok := fetchToken(t, ts.URL)

	res := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB&quantity=3", tok.AccessToken))
	if res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	if res.header.Get("x-tracking-id") != "test-tracking-id" {
		t.Error("x-tracking-id not echoed")
	}
	var got freeNumbersResponse
	if err := json.Unmarshal(res.body, &got); err != nil {
		t.Fatal(err)
	}
	want := freeNumbersResponse{TotalCount: poolSize, Limit: 3, FreeNumbers: []freeNumber{
		{Number: "+442071230000", CountryCode: "GB", AreaCode: "20", NumberType: kindGeographic},
		{Number: "+442071230001", CountryCode: "GB", AreaCode: "20", NumberType: kindGeographic},
		{Number: "+442071230002", CountryCode: "GB", AreaCode: "20", NumberType: kindGeographic},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}

	again := do(t, freeNumberRequest(t, ts.URL, "countryCode=GB&quantity=3", tok.AccessToken))
	if string(again.body) != string(res.body) {
		t.Error("same query gave different numbers")
	}
	if n := s.Stats().APIRequests["GET "+freeNumberPath]; n != 2 {
		t.Errorf("APIRequests = %d, want 2", n)
	}
}

func TestFreeNumbersEveryCountry(t *testing.T) {
	_, ts := startServer(t, Config{})
	tok := fetchToken(t, ts.URL)
	e164 := regexp.MustCompile(`^\+[1-9][0-9]{9,12}$`)
	for code, c := range countries {
		res := do(t, freeNumberRequest(t, ts.URL, "countryCode="+code+"&quantity=100", tok.AccessToken))
		if res.status != http.StatusOK {
			t.Fatalf("%s: status %d: %s", code, res.status, res.body)
		}
		var got freeNumbersResponse
		if err := json.Unmarshal(res.body, &got); err != nil {
			t.Fatal(err)
		}
		if got.TotalCount != poolSize || len(got.FreeNumbers) != 100 {
			t.Fatalf("%s: %d numbers, totalCount %d", code, len(got.FreeNumbers), got.TotalCount)
		}
		seen := map[string]bool{}
		for _, n := range got.FreeNumbers {
			if !e164.MatchString(n.Number) || n.AreaCode != c.defaultArea || n.CountryCode != code {
				t.Errorf("%s: implausible entry %+v", code, n)
			}
			if seen[n.Number] {
				t.Errorf("%s: duplicate %s", code, n.Number)
			}
			seen[n.Number] = true
		}
	}
}

func TestFreeNumbersAuthentication(t *testing.T) {
	clock := newFakeClock()
	s, ts := startServer(t, Config{Now: clock.Now, TokenLifetime: time.Minute})
	valid := fetchToken(t, ts.URL).AccessToken

	forged, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Issuer:    tokenIssuer,
		Subject:   DefaultClientID,
		ExpiresAt: jwt.NewNumericDate(clock.Now().Add(time.Hour)),
	}).SignedString([]byte("not-the-server-key-not-the-server"))
	if err != nil {
		t.Fatal(err)
	}
	unsigned, err := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.RegisteredClaims{
		Issuer:    tokenIssuer,
		ExpiresAt: jwt.NewNumericDate(clock.Now().Add(time.Hour)),
	}).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}

	check := func(t *testing.T, req *http.Request, status int, code string) {
		t.Helper()
		res := do(t, req)
		if res.status != status {
			t.Fatalf("status %d, want %d: %s", res.status, status, res.body)
		}
		if status == http.StatusOK {
			return
		}
		e := res.apiError(t)
		if e.Code != code || e.Message == "" {
			t.Errorf("error %+v, want code %s", e, code)
		}
		if status == http.StatusUnauthorized && e.Reason != "Authentication error" {
			t.Errorf("reason %q", e.Reason)
		}
	}

	t.Run("valid", func(t *testing.T) {
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", valid), 200, "")
	})
	t.Run("missing", func(t *testing.T) {
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", ""), 401, "001")
	})
	t.Run("basic instead of bearer", func(t *testing.T) {
		req := freeNumberRequest(t, ts.URL, "countryCode=DE", "")
		req.Header.Set("Authorization", basicAuth(DefaultClientID, DefaultClientSecret))
		check(t, req, 401, "001")
	})
	t.Run("garbage", func(t *testing.T) {
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", "not.a.jwt"), 401, "002")
	})
	t.Run("forged", func(t *testing.T) {
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", forged), 401, "002")
	})
	t.Run("alg none", func(t *testing.T) {
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", unsigned), 401, "002")
	})
	t.Run("tracking id missing", func(t *testing.T) {
		req := freeNumberRequest(t, ts.URL, "countryCode=DE", valid)
		req.Header.Del("x-tracking-id")
		check(t, req, 400, "004")
	})
	t.Run("expired", func(t *testing.T) {
		clock.Advance(59 * time.Second)
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", valid), 200, "")
		clock.Advance(time.Second)
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", valid), 401, "002")
	})
	t.Run("revoked", func(t *testing.T) {
		fresh := fetchToken(t, ts.URL).AccessToken
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", fresh), 200, "")
		s.RevokeTokens()
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", fresh), 401, "002")
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", fetchToken(t, ts.URL).AccessToken), 200, "")
	})
	t.Run("SetClock", func(t *testing.T) {
		fresh := fetchToken(t, ts.URL).AccessToken
		s.SetClock(func() time.Time { return clock.Now().Add(time.Hour) })
		defer s.SetClock(clock.Now)
		check(t, freeNumberRequest(t, ts.URL, "countryCode=DE", fresh), 401, "002")
	})
}

func TestFreeNumbersValidation(t *testing.T) {
	_, ts := startServer(t, Config{})
	tok := fetchToken(t, ts.URL).AccessToken
	cases := []struct {
		query string
		code  string
		msg   string
	}{
		{query: "", code: "101"},
		{query: "countryCode=UK", code: "101", msg: "country code UK is not supported"},
		{query: "countryCode=US", code: "101", msg: "country code US is not supported"},
		{query: "countryCode=gb", code: "101"},
		{query: "countryCode=GBR", code: "101"},
		{query: "countryCode=GB&quantity=0", code: "102"},
		{query: "countryCode=GB&quantity=101", code: "102"},
		{query: "countryCode=GB&quantity=ten", code: "102"},
		{query: "countryCode=GB&quantity=", code: "102"},
		{query: "countryCode=GB&areaCode=2O", code: "103"},
		{query: "countryCode=GB&areaCode=", code: "103"},
		{query: "countryCode=GB&areaCode=123456", code: "103"},
		{query: "countryCode=DK&areaCode=12345", code: "103"},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			res := do(t, freeNumberRequest(t, ts.URL, tc.query, tok))
			if res.status != http.StatusBadRequest {
				t.Fatalf("status %d: %s", res.status, res.body)
			}
			e := res.apiError(t)
			if e.Code != tc.code || e.Reason != "Validation not met" || e.Message == "" {
				t.Errorf("error %+v, want code %s", e, tc.code)
			}
			if tc.msg != "" && e.Message != tc.msg {
				t.Errorf("message %q, want %q", e.Message, tc.msg)
			}
		})
	}
}

func TestFreeNumbersAreaCode(t *testing.T) {
	_, ts := startServer(t, Config{})
	tok := fetchToken(t, ts.URL).AccessToken
	res := do(t, freeNumberRequest(t, ts.URL, "countryCode=DE&areaCode=89&quantity=1", tok))
	var got freeNumbersResponse
	if err := json.Unmarshal(res.body, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.FreeNumbers) != 1 || got.FreeNumbers[0].Number != "+498971230000" || got.FreeNumbers[0].AreaCode != "89" {
		t.Errorf("got %+v", got)
	}
}

func TestFreeNumbersMethodNotAllowed(t *testing.T) {
	_, ts := startServer(t, Config{})
	req, _ := http.NewRequest(http.MethodPost, ts.URL+freeNumberPath, nil)
	res := do(t, req)
	if res.status != http.StatusMethodNotAllowed || res.header.Get("Allow") != http.MethodGet {
		t.Fatalf("status %d, Allow %q", res.status, res.header.Get("Allow"))
	}
	res.apiError(t)
}
