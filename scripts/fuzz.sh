#!/usr/bin/env bash
# Runs every Fuzz* target in the module for $1 (default 30s) each.
set -euo pipefail
time=${1:-30s}
cd "$(dirname "$0")/.."
go list -f '{{.ImportPath}} {{.Dir}}' ./... | while read -r pkg dir; do
  grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | while read -r fn; do
    echo "== fuzz $pkg $fn ($time)"
    go test -run '^$' -fuzz "^${fn}\$" -fuzztime "$time" "$pkg"
  done
done
