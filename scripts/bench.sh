#!/usr/bin/env bash
# The benchmark: builds the release, serves it with the shipped nginx configuration on
# 127.0.0.1:${BENCH_PORT:-8090}, and prints one `name: value` line per figure (scripts/bench.mjs).
# Installs Lighthouse into tools/lighthouse/ first (only here: the tests do not need it).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

./scripts/setup.sh >/dev/null
./scripts/build.sh >/dev/null

lighthouse=tools/lighthouse
if [ ! -x "$lighthouse/node_modules/.bin/lighthouse" ] \
  || [ "$lighthouse/package-lock.json" -nt "$lighthouse/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$lighthouse" --no-audit --no-fund --loglevel=error >/dev/null
fi

port="${BENCH_PORT:-8090}"
./scripts/nginx.sh dist "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.2
done

node scripts/bench.mjs "http://127.0.0.1:$port/"
