#!/usr/bin/env bash
# Fuzzes the parsers of unchecked input for a bounded time each (tests/fuzz.rs): pack files
# (TOML and postcard), `eval --answers`, links into the app and the personal-data scanner.
# Usage: scripts/fuzz.sh [seconds per target, default 60]. Prints inputs tried per target; any
# panic fails with the smallest input proptest can shrink it to.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
seconds="${1:-60}"
log=target/fuzz.log
mkdir -p target
status=0
FUZZ_SECONDS="$seconds" cargo test --quiet --test fuzz -- --nocapture --test-threads=1 >"$log" 2>&1 || status=$?
grep -oE 'fuzz .*' "$log" || true
if [ "$status" -ne 0 ]; then
  tail -n 40 "$log"
  exit "$status"
fi
