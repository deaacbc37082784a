package colt

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// awkwardSecret changes under form-escaping: + / = : % and a space.
const awkwardSecret = "s3+cr/t=:%4 x"

// Assumption: how Colt reads the Basic credentials of the token call
// (-basic-auth=form|literal). With a secret that escaping changes, the
// client gets a token either way: at once from a gateway that unescapes,
// after one refused form-escaped try from one that compares literally;
// refreshes then use the form that worked, in one request.
func TestBasicCredentialForms(t *testing.T) {
	cases := []struct {
		basicAuth     string
		firstRequests int64
		wantLog       string
	}{
		{"form", 1, "form-escaped"},
		{"literal", 2, "literal"},
	}
	for _, tc := range cases {
		t.Run(tc.basicAuth, func(t *testing.T) {
			clock := newFakeClock()
			m, base := startMock(t, mock.Config{
				Now:     clock.Now,
				Clients: map[string]string{mock.DefaultClientID: awkwardSecret},
				Assumptions: &mock.Assumptions{OrderSearch: true, OrderReplay: true, TotalCount: true,
					BasicAuth: tc.basicAuth},
			})
			var mu sync.Mutex
			var lines []string
			cfg := testConfig(t, base)
			cfg.ClientSecret, cfg.Now = awkwardSecret, clock.Now
			cfg.Log = func(_ context.Context, msg string, fields map[string]any) {
				mu.Lock()
				defer mu.Unlock()
				lines = append(lines, msg+" "+fmt.Sprint(fields))
			}
			c := newClient(t, cfg)
			ctx := context.Background()
			if _, err := c.Token(ctx); err != nil {
				t.Fatal(err)
			}
			if got := m.Stats().TokenRequests; got != tc.firstRequests {
				t.Errorf("first token took %d requests, want %d", got, tc.firstRequests)
			}
			for i := range 2 {
				clock.Advance(31 * time.Minute)
				if _, err := c.Token(ctx); err != nil {
					t.Fatalf("refresh %d: %v", i+1, err)
				}
				if got, want := m.Stats().TokenRequests, tc.firstRequests+int64(i)+1; got != want {
					t.Errorf("after refresh %d: %d token requests, want %d", i+1, got, want)
				}
			}
			if _, err := c.SearchFreeNumbers(ctx, gbQuery); err != nil {
				t.Fatal(err)
			}
			said := 0
			for _, line := range lines {
				assertNoSecrets(t, line, awkwardSecret, url.QueryEscape(awkwardSecret))
				if strings.Contains(line, "accepted "+tc.wantLog) {
					said++
				}
			}
			if said != 1 {
				t.Errorf("%d DEBUG lines say the %s form was kept, want 1: %q", said, tc.wantLog, lines)
			}
		})
	}
}

// A secret that escaping leaves alone is sent once: a refusal is final.
func TestPlainSecretRefusedIsNotRetried(t *testing.T) {
	m, base := startMock(t, mock.Config{Assumptions: &mock.Assumptions{BasicAuth: "literal"}})
	cfg := testConfig(t, base)
	cfg.ClientSecret = "wrong-secret"
	if _, err := newClient(t, cfg).Token(context.Background()); err == nil || !strings.Contains(err.Error(), "401/002") {
		t.Fatalf("err = %v, want 401/002", err)
	}
	if got := m.Stats().TokenRequests; got != 1 {
		t.Errorf("%d token requests, want 1", got)
	}
}

// A wrong secret that escaping changes is tried both ways, then refused
// with the modelled form's answer.
func TestAwkwardWrongSecretIsRefused(t *testing.T) {
	m, base := startMock(t, mock.Config{Assumptions: &mock.Assumptions{BasicAuth: "literal"}})
	cfg := testConfig(t, base)
	cfg.ClientSecret = awkwardSecret
	_, err := newClient(t, cfg).Token(context.Background())
	if err == nil || !strings.Contains(err.Error(), "401/002") {
		t.Fatalf("err = %v, want 401/002", err)
	}
	assertNoSecrets(t, err.Error(), awkwardSecret, url.QueryEscape(awkwardSecret))
	if got := m.Stats().TokenRequests; got != 2 {
		t.Errorf("%d token requests, want 2", got)
	}
}
