#!/usr/bin/env bash
# Builds a snapshot release into dist/ (unsigned, unpublished) with the
# GoReleaser on PATH and checks what a release would publish: archive names
# and contents, SHA256SUMS, the registry manifest, and that every target of
# the release matrix is one Go can build.
#
# RELEASE_CHECK_TARGETS (default "linux_amd64_v1 windows_amd64_v1") limits
# the snapshot to those targets of each build, since the whole matrix takes
# well over ten minutes on two cores; "all" builds every target.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
targets="${RELEASE_CHECK_TARGETS:-linux_amd64_v1 windows_amd64_v1}"
work="$root/bin/release-check"
rm -rf "$work" && mkdir -p "$work"

goreleaser check

# The resolved matrix of the real configuration: a host-only build writes it
# to dist/config.yaml (and warms the cache for the snapshot below).
goreleaser build --snapshot --clean --single-target >"$work/matrix-build.log" 2>&1 ||
  { cat "$work/matrix-build.log" >&2; exit 1; }
cp dist/config.yaml "$work/matrix.yaml"

config=.goreleaser.yml
if [ "$targets" != all ]; then
  # The same configuration with every build limited to $targets.
  config="$work/goreleaser.yml"
  list="[$(echo $targets | sed 's/ /, /g')]"
  awk -v list="$list" '
    /^[a-z_]+:/ { section = $1 }
    { print }
    section == "builds:" && /^  - id: / { print "    targets: " list }
  ' .goreleaser.yml >"$config"
  echo "snapshot limited to: $targets (RELEASE_CHECK_TARGETS=all builds the whole matrix)"
fi

start=$SECONDS
goreleaser release --snapshot --clean --skip=sign,publish -f "$config" >"$work/release.log" 2>&1 ||
  { tail -40 "$work/release.log" >&2; exit 1; }
echo "snapshot built in $((SECONDS - start))s"

go run ./cmd/release-check -dist dist -matrix "$work/matrix.yaml" -manifest terraform-registry-manifest.json
