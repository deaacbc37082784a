#!/usr/bin/env bash
# Runs the client benchmarks six times and prints the median of each and
# the ratio of the token-per-call baseline to the shared token.
set -euo pipefail
out="${1:-bench.txt}"
go test -run '^$' -bench . -benchmem -count 6 ./internal/colt/ | tee "$out"
awk '
  /^Benchmark/ {
    name = $1; sub(/-[0-9]+$/, "", name)
    for (i = 3; i <= NF; i++) if ($(i+1) == "ns/op") { v[name, ++n[name]] = $i; break }
  }
  END {
    for (name in n) {
      k = n[name]
      for (i = 1; i <= k; i++) a[i] = v[name, i]
      for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      med[name] = (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
      printf "median %-28s %12.0f ns/op over %d runs\n", name, med[name], k
    }
    if (med["BenchmarkSharedToken"] > 0)
      printf "ratio  token-per-call / shared-token  %.1fx\n", med["BenchmarkTokenPerCall"] / med["BenchmarkSharedToken"]
  }' "$out"
