package colt

import (
	"context"
	"testing"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// A look-up outside a refresh starts at once: with a batching window no
// test could sit out, a single caller still gets its answer.
func TestLookupOutsideARefreshSkipsTheWindow(t *testing.T) {
	_, base := startMock(t, mock.Config{OrderDelay: 10 * time.Millisecond})
	cfg := testConfig(t, base)
	cfg.LookupWindow = time.Hour
	c := newClient(t, cfg)
	n := reserve(t, c, "single", 1).Numbers[0]

	type answer struct {
		held map[string]NumberDetail
		err  error
	}
	done := make(chan answer, 1)
	go func() {
		held, err := c.LookupNumbers(context.Background(), []string{n})
		done <- answer{held, err}
	}()
	select {
	case a := <-done:
		if a.err != nil || a.held[n].Number != n {
			t.Fatalf("look-up of %s: %v, %v", n, a.held, a.err)
		}
	case <-time.After(time.Minute): // only a failing test waits this long
		t.Fatal("a single look-up outside a refresh waited for the batching window")
	}
}
