#!/usr/bin/env bash
# Mutation testing (issue 11): change the logic one small step at a time (cargo-mutants) and see
# whether a test fails. Not part of CI: every mutant rebuilds the crate and runs the native suite
# until a test fails (a few seconds when one does; the whole suite, about 55 s on two cores, when
# none does), and the five targets hold about 1,200 mutants.
#
#   scripts/mutants.sh                       # every target file, one after another
#   scripts/mutants.sh src/summary.rs        # one file (or several)
#   MUTANTS_SHARD=0/4 scripts/mutants.sh     # a quarter of each file's mutants, for a second machine
#   MUTANTS_SINCE=main scripts/mutants.sh    # only mutants on lines changed since main (minutes)
#
# Each file's outcomes go into a committed ledger, mutation/<file>.txt (scripts/mutation-ledger.py),
# and a new run skips what the ledger already settled (--iterate), so a long run can be stopped
# and picked up again, also in a later session. A mutant whose line moved is simply tested
# again. It ends with the score per file; survivors are explained in docs/decisions.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

if ! command -v cargo-mutants >/dev/null; then
  echo "==> cargo install cargo-mutants"
  cargo install cargo-mutants --locked --quiet
fi
if ! command -v cargo-nextest >/dev/null; then
  echo "==> cargo install cargo-nextest"
  cargo install cargo-nextest --locked --quiet
fi

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  # The decision first, then its texts, then the rest; privacy.rs (the most mutants) last.
  files=(src/consult.rs src/engine/evaluate.rs src/engine/condition.rs src/engine/referral.rs
    src/summary.rs src/helpers.rs src/engine/fill.rs src/engine/wording.rs src/engine/paths.rs
    src/engine/validate.rs src/engine/load.rs src/engine/model.rs src/engine/ids.rs
    src/engine/names.rs src/engine/problem.rs src/engine/tree.rs src/engine/ordered.rs
    src/engine/training.rs src/engine/factsheet.rs src/engine/diagram.rs src/privacy.rs)
fi

shard=()
if [ -n "${MUTANTS_SHARD:-}" ]; then
  shard=(--shard "$MUTANTS_SHARD")
fi

# A diff run tests only the changed lines, so it may not write the ledger: its missed list would
# replace the whole file's.
root=target/mutation
mode=(--iterate)
if [ -n "${MUTANTS_SINCE:-}" ]; then
  root=target/mutation-diff
  rm -rf "$root"
  mkdir -p "$root"
  git diff "$MUTANTS_SINCE" -- "${files[@]}" >"$root/changes.diff"
  mode=(--in-diff "$root/changes.diff")
fi

# The baseline once for all files, which also builds what every file's run copies (--copy-target):
# without it each file would start with a cold build of every dependency.
echo "==> baseline: the native suite in the mutants profile"
cargo nextest run --cargo-profile mutants --no-fail-fast --status-level fail

# The nextest profile in .config/nextest.toml: stop at the first failing test, run the quick test
# binaries first and the slowest tests last, so a caught mutant costs seconds, not the suite.
export NEXTEST_PROFILE=mutants

# A failing property test shrinks its input before it reports, which for a mutant can take
# longer than the timeout: a failure is all a mutant needs, so shrink only briefly.
export PROPTEST_MAX_SHRINK_ITERS=64

# A signal ends the script normally, so the EXIT trap below records what was tested.
trap 'exit 130' INT TERM HUP

for file in "${files[@]}"; do
  out="$root/$(echo "${file%.rs}" | tr '/' '_')"
  mkdir -p "$out"
  if [ -z "${MUTANTS_SINCE:-}" ]; then
    python3 scripts/mutation-ledger.py prepare "$file" "$out"
    # Stopped halfway (Ctrl-C, a session's end), what was tested still reaches the ledger.
    trap 'python3 scripts/mutation-ledger.py record "$file" "$out"' EXIT
  fi
  echo "==> $file ($(cargo mutants --list --file "$file" | wc -l) mutants; results in $out)"
  # --profile mutants (Cargo.toml): incremental and lightly optimised, so a mutant rebuilds in
  # seconds and the exhaustive test still walks every answer combination in about 20 s.
  # nextest runs the test binaries side by side instead of one after another. The baseline takes
  # about 50 s on two cores: a mutant still running after 180 s hangs (counted as caught).
  # Exit code 2 (missed) and 3 (timeout) are results, not failures of this script.
  status=0
  cargo mutants --file "$file" --output "$out" "${mode[@]}" --no-shuffle \
    --profile mutants --test-tool nextest --timeout 180 \
    --copy-target true --baseline skip \
    "${shard[@]}" || status=$?
  case "$status" in
    0 | 2 | 3) ;;
    *) echo "cargo mutants stopped with exit code $status on $file" >&2; exit "$status" ;;
  esac
  if [ -z "${MUTANTS_SINCE:-}" ]; then
    trap - EXIT
    python3 scripts/mutation-ledger.py record "$file" "$out"
  fi
done

if [ -n "${MUTANTS_SINCE:-}" ]; then
  cat "$root"/*/mutants.out/missed.txt 2>/dev/null || true
else
  python3 scripts/mutation-ledger.py score
fi
