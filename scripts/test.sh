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

echo "==> browser tests (wasm-bindgen-test in headless Chromium)"
cargo test -p verwijswijzer-app --target wasm32-unknown-unknown

echo "==> release build"
./scripts/build.sh

echo "==> test build with a panic trigger (e2e/panic.spec.mjs)"
./scripts/build-paniektest.sh

echo "==> end-to-end tests (Playwright with Debian's Chromium; screenshots in e2e-artifacts/)"
CI="${CI:-1}" npx playwright test
