#!/usr/bin/env bash
# The README demo: the Star Wars policies from the Cilium examples.
set -euo pipefail
cd "$(dirname "$0")/.."
P=./bin/policyc
SW=testdata/examples/starwars
echo "== policyc check $SW"
$P check "$SW"
echo "== policyc test testdata/policytest/starwars.policytest"; $P test testdata/policytest/starwars.policytest
