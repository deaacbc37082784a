package colt

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

func TestEveryAttemptIsLoggedWithoutSecrets(t *testing.T) {
	m, base := startMock(t, mock.Config{})
	m.FailNext(1, 503, "001")
	var mu sync.Mutex
	var lines []map[string]any
	cfg := testConfig(t, base)
	cfg.Log = func(_ context.Context, msg string, fields map[string]any) {
		mu.Lock()
		defer mu.Unlock()
		fields["msg"] = msg
		lines = append(lines, fields)
	}
	c := newClient(t, cfg)
	tok, err := c.Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.SearchFreeNumbers(context.Background(), gbQuery); err != nil {
		t.Fatal(err)
	}
	if len(lines) != 3 {
		t.Fatalf("%d log lines, want 3 (token 503, token 200, API 200): %v", len(lines), lines)
	}
	wantStatus := []int{503, 200, 200}
	for i, line := range lines {
		for _, key := range []string{"method", "path", "status", "duration_ms", "tracking_id"} {
			if _, ok := line[key]; !ok {
				t.Errorf("line %d lacks %s: %v", i, key, line)
			}
		}
		if line["status"] != wantStatus[i] {
			t.Errorf("line %d status = %v, want %d", i, line["status"], wantStatus[i])
		}
		assertNoSecrets(t, fmt.Sprint(line), tok.AccessToken.Reveal())
	}
	if lines[2]["path"] != "/numberManagement/v1/freeNumber" || strings.Contains(fmt.Sprint(lines[2]), "Bearer") {
		t.Errorf("API line = %v", lines[2])
	}
}

func TestSecretsDoNotPrint(t *testing.T) {
	s := Secret("hunter2")
	tok := &Token{AccessToken: "eyJ.secret.token"}
	for _, text := range []string{fmt.Sprint(s), fmt.Sprintf("%v %+v %#v %s", s, s, s, s), fmt.Sprintf("%v %+v %#v", tok, tok, tok)} {
		if strings.Contains(text, "hunter2") || strings.Contains(text, "secret.token") {
			t.Errorf("printed %q", text)
		}
	}
	cfg := Config{ClientSecret: "hunter2", AccessToken: "eyJ.secret.token"}
	if text := fmt.Sprintf("%+v", cfg); strings.Contains(text, "hunter2") || strings.Contains(text, "secret.token") {
		t.Errorf("config printed %q", text)
	}
}
