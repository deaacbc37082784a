package main

import (
	"fmt"
	"strings"
)

// cpuTable sets the CLI's own CPU beside the providers', for each side: it
// shows how much of a command's cost is the CLI's own work on the
// resources' schema and state.
func (res *results) cpuTable(b *strings.Builder) {
	b.WriteString("\n## CPU of the CLI itself beside the providers' (medians, s)\n\n")
	b.WriteString("The CLI's own CPU is its process tree's (wait4) less its provider processes'. " +
		"**total × floor** divides a side's CLI + provider CPU by the floor's. Plan and refresh keep the cores busy, " +
		"so their wall-time ratios follow it; apply and destroy wait on orders, so theirs need not.\n\n")
	b.WriteString("| CLI | configuration | command | CLI: ours | floor | schema floor | provider: ours | floor | schema floor | total × floor: ours | schema floor |\n")
	b.WriteString("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	for _, c := range res.clis {
		for _, w := range res.workloads {
			for _, cmd := range commands(res.opts.parallelism) {
				k := key{cli: c.label, w: w, command: cmd.name}
				res.cpuRow(b, k)
			}
		}
	}
}

func (res *results) cpuRow(b *strings.Builder, k key) {
	o, f, ok := res.oursAndFloor(k)
	if !ok {
		return
	}
	total := func(s summary) float64 { return float64(s.cliCPU + s.cpu) }
	schemaCLI, schemaProvider, schemaTotal := "–", "–", "–"
	k.side = schemaFloor
	if sf, ok := res.summary(k); ok {
		schemaCLI, schemaProvider, schemaTotal = secs(sf.cliCPU), secs(sf.cpu), ratio(total(sf), total(f))
	}
	fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
		k.cli, k.w, k.command, secs(o.cliCPU), secs(f.cliCPU), schemaCLI, secs(o.cpu), secs(f.cpu), schemaProvider,
		ratio(total(o), total(f)), schemaTotal)
}
