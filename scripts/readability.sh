#!/usr/bin/env bash
# The Flesch-Douma reading ease of every patient text (route handouts for adults and youth,
# the crisis box) in every bundled pack: prints the five worst, the mean and the minimum, and
# fails when the mean is under 65 or any text is under 50 (tests/readability_packs.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

cargo test -q -p verwijswijzer --test readability_packs -- --nocapture
