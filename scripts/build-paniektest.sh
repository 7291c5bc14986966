#!/usr/bin/env bash
# A test build of the app with the `paniektest` feature into target/paniektest-dist/: typing
# "paniektest" as the patient's wish panics inside a render. e2e/panic.spec.mjs uses it to prove
# that a real panic replaces the advice on screen with the reload page. Never shipped: the
# release in dist/ is built without the feature (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PANIEKTEST=1 exec ./scripts/build.sh target/paniektest-dist
