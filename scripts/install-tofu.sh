#!/usr/bin/env bash
# Prints the path of an OpenTofu >= 1.11 binary, building it from its Go module
# (MPL-2.0) and caching it under $(go env GOPATH)/bin when none is on PATH.
set -euo pipefail

version="${TOFU_VERSION:-1.11.6}"
bin_dir="$(go env GOPATH)/bin"
cached="$bin_dir/tofu-$version"

suitable() {
  local v
  v="$("$1" version -json 2>/dev/null | sed -n 's/.*"terraform_version": *"\([0-9.]*\).*/\1/p')"
  [ -n "$v" ] || return 1
  local major minor
  major="${v%%.*}"; minor="${v#*.}"; minor="${minor%%.*}"
  [ "$major" -gt 1 ] || { [ "$major" -eq 1 ] && [ "$minor" -ge 11 ]; }
}

if command -v tofu >/dev/null 2>&1 && suitable "$(command -v tofu)"; then
  command -v tofu
  exit 0
fi
if [ -x "$cached" ] && suitable "$cached"; then
  echo "$cached"
  exit 0
fi

echo "building OpenTofu $version from its Go module (several minutes on 2 cores)..." >&2
src="$(go mod download -json "github.com/opentofu/opentofu@v$version" | sed -n 's/^\s*"Dir": *"\(.*\)",*$/\1/p')"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cp -r "$src/." "$work/"
chmod -R u+w "$work"
mkdir -p "$bin_dir"
(cd "$work" && CGO_ENABLED=0 go build -trimpath \
  -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" \
  -o "$cached.tmp" ./cmd/tofu >&2)
mv "$cached.tmp" "$cached"
echo "$cached"
