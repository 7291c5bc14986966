#!/usr/bin/env bash
# A test build of the app with the `paniektest` feature into target/paniektest-dist/: typing
# "paniektest" as the patient's wish panics inside a render. e2e/panic.spec.mjs uses it to prove
# that a real panic replaces the advice on screen with the reload page. Never shipped: the
# release in dist/ is built without the feature (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

# Debug profile: fast to build, and the panic path is the same as in the release.
cargo rustc -p verwijswijzer-app --lib --target wasm32-unknown-unknown --crate-type cdylib \
  --features paniektest --quiet

out=target/paniektest-dist
rm -rf "$out"
mkdir -p "$out/pkg" "$out/static"
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" \
  target/wasm32-unknown-unknown/debug/verwijswijzer_app.wasm
cp index.html "$out/"
cp static/* "$out/static/"
cat static/tree.css >> "$out/static/style.css"
rm "$out/static/tree.css"
echo "built $out/"
