#!/usr/bin/env bash
# Installs everything Verwijswijzer needs on a fresh Debian machine. Idempotent: each step
# checks first and does nothing when its tool is already there. Nothing is downloaded from
# outside the package registries (apt, crates.io, npm, rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

say() { printf '==> %s\n' "$*"; }

# Debian packages: Chromium and its driver for browser tests, brotli for size figures.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v brotli >/dev/null 2>&1 || missing+=(brotli)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The wasm target of the Rust toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen CLI and test runner, at exactly the version in Cargo.lock. Without --locked:
# its own lockfile pins a crate version the registry here lacks.
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$wanted" ] || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "cargo install wasm-bindgen-cli $wanted (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$wanted" --force --quiet
fi

# Playwright, axe-core and binaryen's wasm-opt from npm, exactly as package-lock.json says.
# Playwright never downloads a browser here: the tests use Debian's /usr/bin/chromium.
if [ ! -x node_modules/.bin/playwright ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
say "set-up complete"
