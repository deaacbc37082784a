package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

var verdictMark = map[Verdict]string{Held: "held", Broken: "**broken**", NotChecked: "not checked"}

// writeMarkdown renders the report: a summary table, then each check with
// the exchanges it rests on.
func writeMarkdown(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Colt wire probe: %s\n\n", r.Target)
	fmt.Fprintf(&b, "Checked against api/colt.yaml (%s) on %s: %d held, %d broken, %d not checked.\n\n",
		r.SpecVersion, r.StartedAt.Format(time.RFC3339), r.Held, r.Broken, r.NotChecked)
	b.WriteString("| check | assumption | verdict | detail |\n|---|---|---|---|\n")
	for _, c := range r.Checks {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", c.ID, cell(c.Assumption), verdictMark[c.Verdict], cell(c.Detail))
	}
	b.WriteString("\n## Exchanges\n")
	for _, c := range r.Checks {
		if len(c.Exchanges) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n### `%s` (%s)\n\n", c.ID, c.Verdict)
		for _, ex := range c.Exchanges {
			writeExchange(&b, ex)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeExchange(b *strings.Builder, ex *Exchange) {
	tracking := "none"
	if ex.TrackingID != "" {
		tracking = "`" + ex.TrackingID + "`"
	}
	if !ex.answered() {
		fmt.Fprintf(b, "- `%s %s`: no answer (%s); x-tracking-id %s\n", ex.Method, ex.Target, ex.Error, tracking)
		return
	}
	fmt.Fprintf(b, "- `%s %s` → HTTP %d", ex.Method, ex.Target, ex.Status)
	if ex.Row != "" {
		fmt.Fprintf(b, " (%s)", ex.Row)
	}
	if ex.Location != "" {
		fmt.Fprintf(b, ", Location `%s`", ex.Location)
	}
	fmt.Fprintf(b, "; x-tracking-id %s; %s\n", tracking, ex.Spec)
	if ex.Excerpt != "" {
		fmt.Fprintf(b, "\n  ```\n  %s\n  ```\n\n", ex.Excerpt)
	}
}

// cell makes text safe for one Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}
