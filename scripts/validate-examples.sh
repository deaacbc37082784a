#!/usr/bin/env bash
# Runs `terraform validate` (or tofu) on every example directory with the
# provider built from this checkout, and checks their formatting.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if command -v terraform >/dev/null 2>&1; then
  cli="$(command -v terraform)" registry=registry.terraform.io
else
  cli="$("$root/scripts/install-tofu.sh")" registry=registry.opentofu.org
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/bin/terraform-provider-colt" "$root"
cat >"$work/cli.tfrc" <<CFG
provider_installation {
  dev_overrides { "$registry/colt-community/colt" = "$work/bin" }
  direct {}
}
CFG
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" CHECKPOINT_DISABLE=1
"$cli" fmt -check -recursive "$root/examples"
failed=0 checked=0
cd "$root"
for dir in examples/provider examples/demo examples/*/*/; do
  dir="${dir%/}"
  ls "$dir"/*.tf >/dev/null 2>&1 || continue
  mkdir -p "$work/$dir"
  cp "$dir"/*.tf "$work/$dir/"
  if ! grep -qs required_providers "$dir"/*.tf; then
    printf 'terraform {\n  required_providers {\n    colt = { source = "colt-community/colt" }\n  }\n}\n' >"$work/$dir/zz_required_providers.tf"
  fi
  checked=$((checked + 1))
  if ! out="$(cd "$work/$dir" && "$cli" validate -no-color 2>&1)"; then
    echo "$dir:"; echo "$out" | grep -v "^There are some problems\|CLI configuration" ; failed=$((failed + 1))
  fi
done
echo "examples: $checked checked, $failed invalid"
[ "$failed" -eq 0 ]
