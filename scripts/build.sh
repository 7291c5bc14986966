#!/usr/bin/env bash
# Builds the optimised release of the app into dist/: wasm with LTO, JS glue, HTML and CSS.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

target=target/wasm32-unknown-unknown/release
# `cargo rustc --crate-type cdylib` instead of a cdylib crate-type: that is the only way the
# wasm gets LTO (cargo#9672, see docs/decisions.md).
cargo rustc -p verwijswijzer-app --lib --release --target wasm32-unknown-unknown --crate-type cdylib --quiet

rm -rf dist
mkdir -p dist/pkg dist/static
wasm-bindgen --target web --no-typescript --out-dir dist/pkg "$target/verwijswijzer_app.wasm"

# npm's binaryen wasm-opt, when installed (scripts/setup.sh), squeezes a little more out.
wasm_opt=node_modules/.bin/wasm-opt
if [ -x "$wasm_opt" ]; then
  "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o dist/pkg/verwijswijzer_app_bg.wasm dist/pkg/verwijswijzer_app_bg.wasm
fi

cp index.html dist/
cp static/* dist/static/
# The tree's look rides in the one style sheet (no extra request); the CSP forbids it inline.
cat static/tree.css >> dist/static/style.css
rm dist/static/tree.css
echo "built dist/ ($(du -sk dist | cut -f1) KiB)"
