#!/usr/bin/env bash
# The README demo: Cilium's Star Wars and mediabot (DNS/FQDN) examples,
# from policy YAML to a signed bundle. No root needed; `make e2e` applies
# the bundle to network namespaces with real traffic.
set -euo pipefail
cd "$(dirname "$0")/.."
P=./bin/policyc
SW=testdata/examples/starwars
MB=testdata/examples/mediabot
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "check: the Star Wars policies validate exactly as Cilium would"
$P check "$SW"/sw_*.yaml

step "trace: tiefighter (org=empire) may land on the deathstar (rule1, tcp/80)"
$P trace "$SW/sw_l3_l4_policy.yaml" --inventory "$SW/inventory.yaml" \
  --from default/tiefighter --to default/deathstar-1 --proto TCP --port 80
step "trace: the xwing (org=alliance) may not"
$P trace "$SW/sw_l3_l4_policy.yaml" --inventory "$SW/inventory.yaml" \
  --from default/xwing --to default/deathstar-1 --proto TCP --port 80
step "trace: with the L7 policy, tcp/80 goes to the HTTP proxy"
$P trace "$SW/sw_l3_l4_l7_policy.yaml" --inventory "$SW/inventory.yaml" \
  --from default/tiefighter --to default/deathstar-1 --proto TCP --port 80

step "trace: mediabot reaches *.github.com on 443 through the FQDN policy (DNS snapshot in the inventory)"
$P trace "$MB/dns-port.yaml" --inventory "$MB/inventory.yaml" \
  --from default/mediabot --to 140.82.112.5 --proto TCP --port 443
step "trace: mediabot's DNS queries go to the DNS proxy"
$P trace "$MB/dns-port.yaml" --inventory "$MB/inventory.yaml" \
  --from default/mediabot --to kube-system/coredns-1 --proto UDP --port 53

step "test: connectivity expectations, checked by the reference evaluator and the compiled eBPF in the kernel"
$P test testdata/policytest/starwars.policytest

# The last mile: a reproducible bundle, signed offline, verified like a node
# would (no root needed).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
step "bundle: compile rule1 to eBPF objects, sign them, verify the bundle offline"
$P keygen -o "$tmp/ci"
$P bundle "$SW/sw_l3_l4_policy.yaml" --inventory "$SW/inventory.yaml" --revision 1 -o "$tmp/starwars.bundle"
$P sign --key "$tmp/ci.key" "$tmp/starwars.bundle"
$P verify --pubkey "$tmp/ci.pub" "$tmp/starwars.bundle"

step "verify: a tampered copy is refused"
cp "$tmp/starwars.bundle" "$tmp/tampered.bundle"
printf "\xde\xad\xbe\xef" | dd of="$tmp/tampered.bundle" bs=1 seek=$(( $(stat -c %s "$tmp/tampered.bundle") / 2 )) conv=notrunc status=none
if $P verify --pubkey "$tmp/ci.pub" "$tmp/tampered.bundle"; then echo "tampered bundle accepted!"; exit 1; fi
echo "refused, as it must be"
