#!/usr/bin/env bash
# Set-up, then every test: pack check, native tests, browser component tests, release build,
# end-to-end tests (paths, keyboard, privacy guard, axe, screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

./scripts/setup.sh

# The checker in the `test` profile: the very library and binary `cargo test` builds next, not
# a fat-LTO release build made only for this.
echo "==> content packs (checker)"
cargo run -q --profile test --bin verwijswijzer -- check

# Also writes target/sensitive-codes.json for the e2e privacy guard (tests/sensitive_codes.rs).
echo "==> native tests (engine, packs, vignettes, every answer combination, checker, consult, app logic)"
cargo test --workspace

# The oracles' pinned libraries live in a venv under target/: Debian's own Python refuses pip
# installs outside one (PEP 668), and a venv needs no root. Installed only when missing or
# when scripts/requirements-pii.txt changed (a copy of it in the venv marks what is in there).
echo "==> personal-data detectors against independent oracles (scripts/pii-oracle.py, 1000 lines)"
pii_venv=target/pii-venv
if [ ! -x "$pii_venv/bin/python3" ]; then
  python3 -m venv "$pii_venv"
fi
if ! cmp -s scripts/requirements-pii.txt "$pii_venv/requirements-pii.txt" \
  || ! "$pii_venv/bin/python3" -c 'import stdnum, phonenumbers' 2>/dev/null; then
  "$pii_venv/bin/python3" -m pip install --quiet --disable-pip-version-check \
    --require-hashes -r scripts/requirements-pii.txt
  cp scripts/requirements-pii.txt "$pii_venv/requirements-pii.txt"
fi
# The `test` profile's binary, which `cargo test` has just built.
"$pii_venv/bin/python3" scripts/pii-oracle.py --sample 1000 --profile test

echo "==> browser tests (wasm-bindgen-test in headless Chromium)"
cargo test -p verwijswijzer-app --target wasm32-unknown-unknown

echo "==> release build"
./scripts/build.sh

echo "==> test build with a panic trigger (e2e/panic.spec.mjs)"
./scripts/build-paniektest.sh

echo "==> end-to-end tests (Playwright with Debian's Chromium; screenshots in e2e-artifacts/)"
CI="${CI:-1}" npx playwright test
