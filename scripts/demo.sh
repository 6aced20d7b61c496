#!/usr/bin/env bash
# The README demo: the Star Wars policies from the Cilium examples.
set -euo pipefail
cd "$(dirname "$0")/.."
P=./bin/policyc
SW=testdata/examples/starwars
echo "== policyc check $SW"
$P check "$SW"
echo "== policyc test testdata/policytest/starwars.policytest"; $P test testdata/policytest/starwars.policytest
# The last mile: a reproducible bundle, signed offline, verified like a node
# would (no root needed). `make e2e` applies it to network namespaces.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "== policyc keygen; policyc bundle (rule1, revision 1); policyc sign; policyc verify"
$P keygen -o "$tmp/ci"
$P bundle "$SW/sw_l3_l4_policy.yaml" --inventory "$SW/inventory.yaml" --revision 1 -o "$tmp/starwars.bundle"
$P sign --key "$tmp/ci.key" "$tmp/starwars.bundle"
$P verify --pubkey "$tmp/ci.pub" "$tmp/starwars.bundle"
echo "== a tampered copy is refused"
cp "$tmp/starwars.bundle" "$tmp/tampered.bundle"
printf "\xde\xad\xbe\xef" | dd of="$tmp/tampered.bundle" bs=1 seek=$(( $(stat -c %s "$tmp/tampered.bundle") / 2 )) conv=notrunc status=none
if $P verify --pubkey "$tmp/ci.pub" "$tmp/tampered.bundle"; then echo "tampered bundle accepted!"; exit 1; fi
