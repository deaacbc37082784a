#!/usr/bin/env bash
# Runs the acceptance tests under one CLI and ends with a count line.
# Usage: testacc.sh <cli-binary> [go test args...]
set -euo pipefail
cli="$1"; shift
# First line of `version`, read whole: a pipe into head could end the CLI
# with SIGPIPE, which pipefail would turn into a failure.
label="$("$cli" version 2>/dev/null)"
label="${label%%$'\n'*}"
if [[ "$label" == OpenTofu* ]]; then
  export TF_ACC_TERRAFORM_PATH="$cli" TF_ACC_PROVIDER_HOST=registry.opentofu.org TF_ACC_PROVIDER_NAMESPACE=hashicorp
else
  export TF_ACC_TERRAFORM_PATH="$cli"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "== acceptance tests under $label"
status=0
TF_ACC=1 go test -v -count=1 -timeout "${ACC_TIMEOUT:-30m}" "$@" ./internal/provider/... >"$log" 2>&1 || status=$?
# Show failures in full, and the package results.
awk '/^--- FAIL/ {show=1} /^(=== RUN|--- PASS|--- SKIP)/ {show=0} show' "$log"
grep -E '^(ok|FAIL|panic)' "$log" || true
passed=$(grep -c '^--- PASS' "$log" || true)
failed=$(grep -c '^--- FAIL' "$log" || true)
skipped=$(grep -c '^--- SKIP' "$log" || true)
echo "$label: $passed passed, $failed failed, $skipped skipped"
exit "$status"
