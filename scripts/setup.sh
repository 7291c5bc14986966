#!/usr/bin/env bash
# Installs everything Verwijswijzer needs on a fresh Debian machine. Idempotent: each step
# checks first and does nothing when its tool is already there. Nothing is downloaded from
# outside the package registries (apt, crates.io, npm, rustup; scripts/test.sh adds PyPI for the
# PII oracles' two pinned libraries).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

say() { printf '==> %s\n' "$*"; }

# Debian packages: Chromium and its driver for browser tests, brotli for size figures, nginx
# with its brotli_static module to serve the release (scripts/nginx.sh; it runs its own
# configuration and never uses the package's system service).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v brotli >/dev/null 2>&1 || missing+=(brotli)
# (nginx lives in /usr/sbin, which is not on an ordinary user's PATH on Debian.)
PATH="$PATH:/usr/sbin" command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# venv with pip inside (scripts/test.sh keeps the PII oracles' libraries in target/pii-venv);
# Debian ships ensurepip in python3-venv.
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
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

# wasm-pack builds the wasm (scripts/build.sh, always with `--mode no-install`, so it never
# downloads a tool itself).
if ! command -v wasm-pack >/dev/null 2>&1; then
  say "cargo install wasm-pack (about 2 minutes)"
  cargo install wasm-pack --locked --quiet
fi

# Node.js: as new as package-lock.json's packages declare (their `engines.node`). Below what
# the test runner (@playwright/test and what it pulls in) needs, stop: Playwright exits on an
# older Node.js. Below what another package declares, warn: those run on the runner's minimum
# here (docs/decisions.md, Content as data). Debian 12 ships Node.js 18, which is too old.
if ! node - <<'JS'
const lock = JSON.parse(require('fs').readFileSync('package-lock.json', 'utf8')).packages || {};
const parse = (v) => (String(v).match(/\d+/g) || []).slice(0, 3).map(Number).concat([0, 0, 0]).slice(0, 3);
const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
// The lowest version a range such as ">=20", ">=22.12.0", "^18.17.0 || >=20" accepts.
const minimum = (range) => {
  const mins = String(range).split('||').map((part) => {
    const m = part.trim().match(/^(?:>=|\^|~)?\s*v?(\d+(?:\.\d+){0,2})(?:\s|$)/);
    return m ? parse(m[1]) : null;
  });
  if (mins.some((m) => m === null) || mins.length === 0) return null;
  return mins.sort(cmp)[0];
};
const here = parse(process.versions.node);
const needs = (names) => {
  let best = null;
  for (const name of names) {
    const entry = lock[`node_modules/${name}`];
    const min = entry && entry.engines && entry.engines.node ? minimum(entry.engines.node) : null;
    if (min && (!best || cmp(min, best.min) > 0)) best = { min, name, range: entry.engines.node };
  }
  return best;
};
// The runner: @playwright/test and every package it depends on, as the lock lists them.
const runner = new Set();
const visit = (name) => {
  if (runner.has(name) || !lock[`node_modules/${name}`]) return;
  runner.add(name);
  Object.keys(lock[`node_modules/${name}`].dependencies || {}).forEach(visit);
};
visit('@playwright/test');
const all = Object.keys(lock).filter((k) => k.startsWith('node_modules/')).map((k) => k.slice('node_modules/'.length));
const hard = needs([...runner]);
const soft = needs(all);
const advice = [
  'Install a newer Node.js; this script downloads nothing itself. On Debian 12, for example:',
  '  - NodeSource (Node.js 22 LTS): see https://github.com/nodesource/distributions, then',
  '    sudo apt-get install nodejs   (NodeSource\'s package includes npm)',
  '  - or Debian 13 (trixie), which ships a newer Node.js, or nvm (https://github.com/nvm-sh/nvm).',
  'Then run this script again.',
];
if (hard && cmp(here, hard.min) < 0) {
  console.error(`!! Node.js ${process.versions.node} is too old: ${hard.name} needs Node.js ${hard.range} (package-lock.json).`);
  console.error(`!! Node.js ${process.versions.node} is te oud: ${hard.name} vraagt Node.js ${hard.range}.`);
  advice.forEach((line) => console.error(`   ${line}`));
  process.exit(1);
}
if (soft && cmp(here, soft.min) < 0) {
  console.error(`warning: ${soft.name} declares Node.js ${soft.range} (package-lock.json) and this is ${process.versions.node}:`);
  console.error(`  it works here so far (Playwright needs ${hard ? hard.range : 'no more'}), but plan an upgrade to Node.js 22 LTS.`);
}
JS
then
  exit 1
fi

# Playwright, axe-core and binaryen's wasm-opt from npm, exactly as package-lock.json says.
# Playwright never downloads a browser here: the tests use Debian's /usr/bin/chromium.
if [ ! -x node_modules/.bin/playwright ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
say "set-up complete"
