#!/usr/bin/env bash
# Runs the acceptance tests under one CLI and ends with a count line.
# Usage: testacc.sh <cli-binary> [go test args...]
set -euo pipefail
cli="$(command -v "$1")"; shift
# First line of `version`, read whole: a pipe into head could end the CLI
# with SIGPIPE, which pipefail would turn into a failure.
label="$("$cli" version 2>/dev/null)"
label="${label%%$'\n'*}"
if [[ "$label" == OpenTofu* ]]; then
  export TF_ACC_TERRAFORM_PATH="$cli" TF_ACC_PROVIDER_HOST=registry.opentofu.org TF_ACC_PROVIDER_NAMESPACE=hashicorp
else
  export TF_ACC_TERRAFORM_PATH="$cli"
fi
if [[ -n "${COLT_TEST_CLOCK:-}" ]]; then
  label="$label, clock from $COLT_TEST_CLOCK"
fi
echo "== acceptance tests under $label"
# go test -json keeps each line with its test, so a failed test's error
# lines (written before its --- FAIL line) are printed with it.
go build -o "${TMPDIR:-/tmp}/accreport.$$" ./scripts/accreport
trap 'rm -f "${TMPDIR:-/tmp}/accreport.$$"' EXIT
status=0
TF_ACC=1 go test -json -count=1 -timeout "${ACC_TIMEOUT:-30m}" "$@" ./internal/provider/... ./bench/... 2>&1 |
  "${TMPDIR:-/tmp}/accreport.$$" "$label" || status=$?
exit "$status"
