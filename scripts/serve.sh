#!/usr/bin/env bash
# Set-up, release build, then serve dist/ on 127.0.0.1 (PORT, default 8080) until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
./scripts/setup.sh
./scripts/build.sh
port="${PORT:-8080}"
echo "Verwijswijzer draait op http://127.0.0.1:${port}/ (stoppen: Ctrl+C)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
