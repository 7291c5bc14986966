#!/usr/bin/env bash
# Set-up, release build, then serve dist/ with nginx on 127.0.0.1 (PORT, default 8080) until
# Ctrl+C: the configuration a region deploys (scripts/nginx.sh, deploy/nginx/). Sites that may
# show the app in a frame: VERWIJSWIJZER_FRAME_ANCESTORS="https://www.zel.nl" (see there).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
./scripts/setup.sh
./scripts/build.sh
port="${PORT:-8080}"
echo "Verwijswijzer draait op http://127.0.0.1:${port}/ (stoppen: Ctrl+C)"
exec ./scripts/nginx.sh dist "$port"
