#!/usr/bin/env bash
# Prints the path of a Terraform >= 1.14 binary (for `terraform query`, list
# resources and resource identity), building it from its Go module when none
# is on PATH, and caches it under $(go env GOPATH)/bin. Terraform is
# BSL-licensed: this binary is a test tool only, never shipped or vendored.
# The module zip lacks the remote-state backends its go.mod replaces with
# local folders, so those backends are cut out (the local backend remains,
# which is all the tests use).
set -euo pipefail

version="${TERRAFORM_QUERY_VERSION:-1.14.8}"
bin_dir="$(go env GOPATH)/bin"
cached="$bin_dir/terraform-$version"

suitable() {
  local v major minor
  v="$("$1" version -json 2>/dev/null | sed -n 's/.*"terraform_version": *"\([0-9.]*\)".*/\1/p')"
  [ -n "$v" ] || return 1
  "$1" version 2>/dev/null | grep -q '^Terraform' || return 1
  major="${v%%.*}"; minor="${v#*.}"; minor="${minor%%.*}"
  [ "$major" -gt 1 ] || { [ "$major" -eq 1 ] && [ "$minor" -ge 14 ]; }
}

if command -v terraform >/dev/null 2>&1 && suitable "$(command -v terraform)"; then
  command -v terraform
  exit 0
fi
if [ -x "$cached" ] && suitable "$cached"; then
  echo "$cached"
  exit 0
fi

echo "building Terraform $version from its Go module for terraform query (a few minutes on 2 cores)..." >&2
src="$(GOFLAGS=-mod=mod go mod download -json "github.com/hashicorp/terraform@v$version" | sed -n 's/^\s*"Dir": *"\(.*\)",*$/\1/p')"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cp -r "$src/." "$work/"
chmod -R u+w "$work"
backends="azure consul cos gcs kubernetes oci oss pg s3"
init="$work/internal/backend/init/init.go"
for b in $backends; do
  sed -i "/internal\/backend\/remote-state\/$b\"/d; /internal\/backend\/remote-state\/$b =>/d" "$init" "$work/go.mod"
done
sed -i '/"azurerm": *func/d; /"consul": *func/d; /"cos": *func/d; /"gcs": *func/d; /"kubernetes": *func/d; /"oss": *func/d; /"pg": *func/d; /"s3": *func/d; /"oci": *func/d' "$init"
sed -i '/internal\/legacy /d; /internal\/legacy =>/d' "$work/go.mod"
mkdir -p "$bin_dir"
(cd "$work" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath \
  -ldflags "-s -w -X github.com/hashicorp/terraform/version.dev=no" -o "$cached.tmp" . >&2)
mv "$cached.tmp" "$cached"
echo "$cached"
