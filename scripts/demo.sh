#!/usr/bin/env bash
# Applies examples/demo with the provider built from this checkout against
# colt-mock on a free loopback port, shows the results and the mock's
# counters, destroys (returning the numbers the demo reserved), shows the
# counters again, and stops the mock. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export CHECKPOINT_DISABLE=1

if command -v terraform >/dev/null 2>&1; then
  cli="$(command -v terraform)"
  registry=registry.terraform.io
else
  cli="$("$root/scripts/install-tofu.sh")"
  registry=registry.opentofu.org
fi

work="$(mktemp -d)"
mock_pid=""
cleanup() {
  if [ -n "$mock_pid" ] && kill -0 "$mock_pid" 2>/dev/null; then
    kill -TERM "$mock_pid" && wait "$mock_pid" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "building the provider and colt-mock"
go build -o "$work/bin/terraform-provider-colt" "$root"
go build -o "$work/bin/colt-mock" "$root/cmd/colt-mock"

step "starting colt-mock on a free loopback port"
# Each order step takes 300ms instead of the mock's default 2s.
"$work/bin/colt-mock" -port 0 -order-delay 300ms >"$work/mock.out" 2>"$work/mock.log" &
mock_pid=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/mock.out" 2>/dev/null && break
  kill -0 "$mock_pid" 2>/dev/null || { cat "$work/mock.log" >&2; exit 1; }
  sleep 0.1
done
base_url="$(sed -n 's/^colt-mock listening on //p' "$work/mock.out")"
[ -n "$base_url" ] || { echo "colt-mock did not start" >&2; exit 1; }
echo "colt-mock at $base_url"

cat >"$work/cli.tfrc" <<CFG
provider_installation {
  dev_overrides {
    "$registry/colt-community/colt" = "$work/bin"
  }
  direct {}
}
CFG
export TF_CLI_CONFIG_FILE="$work/cli.tfrc"
export TF_IN_AUTOMATION=1
export TF_VAR_base_url="$base_url"
# The mock's demo client; with Colt these come from your API account.
export COLT_CLIENT_ID=colt-demo-client
export COLT_CLIENT_SECRET=colt-demo-secret

cp -r "$root/examples/demo" "$work/demo"
cd "$work/demo"

version="$("$cli" version 2>/dev/null)"
step "${version%%$'\n'*}: apply"
"$cli" apply -auto-approve -input=false -no-color -compact-warnings
"$cli" output -json >/dev/null # fails if the apply left no state

step "results"
"$cli" output -no-color

# orders_placed reads e.g. {"activation":1,"reservation":2,"return":2}.
orders() {
  sed -n 's/.*"orders_placed":{\([^}]*\)}.*/\1/p' "$1" | tr -d '"' | tr ',' ' ' | sed 's/:/=/g'
}
placed() { sed -n 's/.*"orders_placed":{[^}]*"'"$2"'":\([0-9]*\).*/\1/p' "$1"; }

step "colt-mock counters after apply (token requests are shared by every data source and resource)"
curl -fsS "$base_url/__mock/stats" | tee "$work/stats.json"
echo
echo "orders placed: $(orders "$work/stats.json")"

step "destroy"
"$cli" destroy -auto-approve -input=false -no-color >"$work/destroy.log" 2>&1 || { cat "$work/destroy.log" >&2; exit 1; }
tail -1 "$work/destroy.log"

step "colt-mock counters after destroy (every reserved block returned)"
curl -fsS "$base_url/__mock/stats" | tee "$work/stats-destroyed.json"
echo
echo "orders placed: $(orders "$work/stats-destroyed.json")"
reserved="$(placed "$work/stats-destroyed.json" reservation)"
returned="$(placed "$work/stats-destroyed.json" return)"
if [ -z "$reserved" ] || [ "${returned:-0}" != "$reserved" ]; then
  echo "expected one return order per reservation, got ${reserved:-0} reservations and ${returned:-0} returns" >&2
  exit 1
fi

step "stopping colt-mock"
kill -TERM "$mock_pid"
wait "$mock_pid"
mock_pid=""
echo "demo finished"
