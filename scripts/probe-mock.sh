#!/usr/bin/env bash
# Runs colt-probe against a freshly started colt-mock on a free loopback
# port and prints the Markdown report. Arguments are colt-mock flags, e.g.
# -total-count=false, to see what the probe reports for a gateway that
# differs from the model. The reports are written to bin/probe-mock/
# (PROBE_OUT overrides).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${PROBE_OUT:-$root/bin/probe-mock}"

work="$(mktemp -d)"
mock_pid=""
cleanup() {
  if [ -n "$mock_pid" ] && kill -0 "$mock_pid" 2>/dev/null; then
    kill -TERM "$mock_pid" && wait "$mock_pid" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/colt-mock" "$root/cmd/colt-mock"
go build -o "$work/colt-probe" "$root/cmd/colt-probe"

# A secret holding characters form-escaping changes, so that the probe can
# tell form-escaped from literal Basic credentials.
client_id=colt-probe-client
client_secret='pr0be+s/cr=t:%x y'
"$work/colt-mock" -port 0 -clients "$client_id:$client_secret" "$@" >"$work/mock.out" 2>"$work/mock.log" &
mock_pid=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/mock.out" 2>/dev/null && break
  kill -0 "$mock_pid" 2>/dev/null || { cat "$work/mock.log" >&2; exit 1; }
  sleep 0.1
done
base_url="$(sed -n 's/^colt-mock listening on //p' "$work/mock.out")"
[ -n "$base_url" ] || { echo "colt-mock did not start" >&2; exit 1; }

# The probe places no order; the account it reads has none unless one is
# placed first, so place one (not through the probe) to give it statuses.
token="$(curl -fsS -X POST "$base_url/authentication/v1/oauth/token" \
  -H 'x-tracking-id: probe-mock' -H 'Content-Type: application/x-www-form-urlencoded' \
  -u "$client_id:pr0be%2Bs%2Fcr%3Dt%3A%25x+y" -d grant_type=client_credentials |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')" || true
if [ -n "$token" ]; then
  curl -fsS -o /dev/null -X POST "$base_url/numberManagement/v1/reservation/order" \
    -H 'x-tracking-id: probe-mock' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"customerReference":"probe-mock-order","countryCode":"GB","quantity":1}' || true
fi

mkdir -p "$out"
md="$(COLT_CLIENT_ID="$client_id" COLT_CLIENT_SECRET="$client_secret" COLT_BASE_URL="$base_url" \
  "$work/colt-probe" -out-md "$out/report.md" -out-json "$out/report.json")"
cat "$md"
