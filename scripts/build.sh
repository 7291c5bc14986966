#!/usr/bin/env bash
# Builds the release into dist/ (or into $1, with the `paniektest` feature when PANIEKTEST=1):
#   - the wasm, by wasm-pack from the cdylib wrapper in web/ (so it gets LTO), never downloading
#     anything (`--mode no-install`);
#   - wasm-opt from npm, which also strips the names (`strip = true` in Cargo.toml would make
#     wasm-bindgen warn that it cannot read them);
#   - every file but index.html renamed with a hash of its content, so that a server may cache
#     it for a year (deploy/nginx/verwijswijzer.conf) and a new release is never mixed with an
#     old one;
#   - a brotli and a gzip copy of every text and wasm file, which nginx serves as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

out="${1:-dist}"
profile=--release
features=()
if [ "${PANIEKTEST:-0}" = 1 ]; then
  # The panic path is the same in a debug build, which is much faster to make.
  profile=--dev
  features=(--features paniektest)
fi

pkg=target/wasm-pack
wasm-pack --quiet build web --target web "$profile" --mode no-install --no-typescript --no-pack \
  --out-dir "../$pkg" --out-name verwijswijzer -- "${features[@]}"

wasm="$pkg/verwijswijzer_bg.wasm"
wasm_opt=node_modules/.bin/wasm-opt
if [ "$profile" = --release ]; then
  if [ ! -x "$wasm_opt" ]; then
    echo "build: $wasm_opt ontbreekt; draai eerst ./scripts/setup.sh" >&2
    exit 1
  fi
  "$wasm_opt" -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$pkg/verwijswijzer.opt.wasm" "$wasm"
  wasm="$pkg/verwijswijzer.opt.wasm"
fi

rm -rf "$out"
mkdir -p "$out/pkg" "$out/static"

# hashed <file> <dir> <stem> <ext>: copies file to dir/stem-<8 hex of its sha256>.ext, prints the name.
hashed() {
  local name
  name="$3-$(sha256sum "$1" | cut -c1-8).$4"
  cp "$1" "$2/$name"
  printf '%s' "$name"
}

wasm_name=$(hashed "$wasm" "$out/pkg" verwijswijzer wasm)
sed "s/verwijswijzer_bg\.wasm/$wasm_name/g" "$pkg/verwijswijzer.js" > "$pkg/glue.js"
glue_name=$(hashed "$pkg/glue.js" "$out/pkg" verwijswijzer js)
sed "s#\.\./pkg/verwijswijzer\.js#../pkg/$glue_name#" static/boot.js > "$pkg/boot.js"
boot_name=$(hashed "$pkg/boot.js" "$out/static" boot js)
# The tree's look rides in the one style sheet (no extra request); the CSP forbids it inline.
cat static/style.css static/tree.css > "$pkg/style.css"
style_name=$(hashed "$pkg/style.css" "$out/static" style css)
icon_name=$(hashed static/icon.svg "$out/static" icon svg)

sed -e "s#static/style\.css#static/$style_name#" \
    -e "s#static/icon\.svg#static/$icon_name#" \
    -e "s#static/boot\.js#static/$boot_name#" \
    -e "s#pkg/verwijswijzer\.js#pkg/$glue_name#" \
    index.html > "$out/index.html"
for name in "static/$style_name" "static/$icon_name" "static/$boot_name" "pkg/$glue_name"; do
  grep -q "$name" "$out/index.html" || { echo "build: index.html verwijst niet naar $name" >&2; exit 1; }
done
# The release as one self-contained file to open from disk, offline (scripts/build-single.mjs).
if [ "$profile" = --release ]; then node scripts/build-single.mjs "$out"; fi

# Pre-compressed copies: nginx sends them as they are (brotli_static, gzip_static). The debug
# test build skips them: its 5 MB wasm takes long to squeeze and is only ever loaded locally.
if [ "$profile" = --release ]; then
  find "$out" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.svg' -o -name '*.wasm' \) |
    while read -r file; do
      brotli -f -q 11 -o "$file.br" "$file"
      gzip -f -k -9 -n "$file"
    done
fi

echo "built $out/ ($(du -sk "$out" | cut -f1) KiB)"
